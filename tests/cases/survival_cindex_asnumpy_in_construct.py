# case: validation Cell computes Harrell's C-index by pulling risks and times to NumPy inside construct -> host round trip, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CIndexEvaluator(nn.Cell):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def construct(self, x, times, events):
        risk = self.model(x).squeeze(-1)
        r = risk.asnumpy()
        t = times.asnumpy()
        e = events.asnumpy()
        concordant = 0.0
        comparable = 0.0
        for i in range(len(t)):
            if e[i] == 1:
                later = t > t[i]
                comparable += later.sum()
                concordant += (r[i] > r[later]).sum()
        return Tensor(concordant / max(comparable, 1.0), ms.float32)


def make():
    np.random.seed(6)
    x = Tensor(np.random.randn(9, 5).astype(np.float32))
    times = Tensor(np.random.rand(9).astype(np.float32) * 50)
    events = Tensor((np.random.rand(9) > 0.3).astype(np.int32))
    return CIndexEvaluator(nn.Dense(5, 1)), (x, times, events)
