# case: Cox loss computes the reversed cumulative sum of exp(risk) with NumPy on the tensor inside construct -> NumPy call on tensor in graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NumpyRiskSetCox(nn.Cell):
    def __init__(self, in_dim=4):
        super().__init__()
        self.fc = nn.Dense(in_dim, 1)

    def construct(self, x, times, events):
        risk = self.fc(x).squeeze(-1)
        order = ops.argsort(times, descending=True)
        r = risk[order]
        e = events[order]
        cum = np.cumsum(np.exp(r.asnumpy()))
        log_denom = ops.log(Tensor(cum, ms.float32))
        return -((r - log_denom) * e).sum() / e.sum()


def make():
    np.random.seed(27)
    x = Tensor(np.random.randn(8, 4).astype(np.float32))
    times = Tensor(np.random.rand(8).astype(np.float32) * 20)
    events = Tensor(np.array([1, 1, 0, 1, 0, 1, 0, 1], dtype=np.float32))
    return NumpyRiskSetCox(), (x, times, events)
