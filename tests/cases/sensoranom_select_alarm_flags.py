# case: choose between warning and critical severity per step with ops.select instead of branching -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeverityGrader(nn.Cell):
    def __init__(self, warn=1.0, crit=2.5):
        super().__init__()
        self.warn = warn
        self.crit = crit

    def construct(self, err):
        ones = ops.ones_like(err)
        zeros = ops.zeros_like(err)
        level = ops.select(err > self.warn, ones, zeros)
        level = ops.select(err > self.crit, ones * 2, level)
        return level.astype(ms.int32), level.sum(axis=-1)


def make():
    np.random.seed(31)
    err = Tensor(np.abs(np.random.randn(4, 15)).astype(np.float32) * 1.5)
    return SeverityGrader(), (err,)
