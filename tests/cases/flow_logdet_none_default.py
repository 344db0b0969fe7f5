# case: flow step taking an optional running logdet defaulting to None, initialised with zeros when `logdet is None`, chained through three steps -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ScaleShift(nn.Cell):
    def __init__(self, dim, idx):
        super().__init__()
        self.log_scale = Parameter(Tensor(np.full((1, dim), 0.05 * idx, np.float32)), name="log_scale%d" % idx)
        self.shift = Parameter(Tensor(np.zeros((1, dim), np.float32)), name="shift%d" % idx)

    def construct(self, x, logdet=None):
        if logdet is None:
            logdet = ops.zeros((x.shape[0],), x.dtype)
        y = x * ops.exp(self.log_scale) + self.shift
        return y, logdet + self.log_scale.sum()


class Chain(nn.Cell):
    def __init__(self, dim, n=3):
        super().__init__()
        self.steps = nn.CellList([ScaleShift(dim, i) for i in range(n)])

    def construct(self, x):
        x, logdet = self.steps[0](x)
        for step in self.steps[1:]:
            x, logdet = step(x, logdet)
        return x, logdet


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(4, 3).astype(np.float32))
    return Chain(3), (x,)
