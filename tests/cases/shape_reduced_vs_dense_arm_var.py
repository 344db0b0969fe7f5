# case: a tensor if leaves a value summed over its last axis on one arm and a Dense projection of the same value on the other
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreOrProject(nn.Cell):
    def __init__(self, dim=4, out=3):
        super().__init__()
        self.proj = nn.Dense(dim, out)

    def construct(self, x, gate):
        if gate.sum() > 0:
            y = x.sum(-1)
        else:
            y = self.proj(x)
        return y * 2


def make():
    np.random.seed(5)
    return ScoreOrProject(), (Tensor(np.random.randn(3, 4).astype(np.float32)), Tensor(np.array([1.0], np.float32)))
