# case: platt-per-bucket calibration finds bins with searchsorted on a boundary Parameter and mixes per-bin logits through a one_hot of fixed depth -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PiecewisePlatt(nn.Cell):
    def __init__(self, num_bins=5, init_a=1.0, init_b=0.0):
        super().__init__()
        self.num_bins = num_bins
        edges = np.linspace(0.0, 1.0, num_bins + 1)[1:-1].astype(np.float32)
        self.edges = Parameter(Tensor(edges), name="edges", requires_grad=False)
        self.a = Parameter(Tensor(np.full(num_bins, init_a, np.float32)), name="a")
        self.b = Parameter(Tensor(np.full(num_bins, init_b, np.float32)), name="b")

    def _bin_onehot(self, probs):
        idx = ops.searchsorted(self.edges, probs, out_int32=True, right=True)
        return ops.one_hot(idx, self.num_bins, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))

    def construct(self, logits):
        probs = ops.sigmoid(logits)
        onehot = self._bin_onehot(probs)
        a = ops.matmul(onehot, self.a)
        b = ops.matmul(onehot, self.b)
        return ops.sigmoid(a * logits + b)


def make():
    np.random.seed(17)
    logits = Tensor(np.random.randn(8).astype(np.float32))
    return PiecewisePlatt(), (logits,)
