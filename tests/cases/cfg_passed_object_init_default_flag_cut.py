# case: a config object whose __init__ stores a flag defaulting to True, built with no arguments and passed to the Cell, gates a cut at a length from data -> live: dynamic at the slice and at the arange over the cut length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimConfig:
    def __init__(self, width=8, trim=True):
        self.width = width
        self.trim = trim


class Trimmer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim = config.trim
        self.proj = nn.Dense(config.width, config.width)

    def construct(self, x, valid):
        if self.trim:
            n = valid.sum()
            x = x[:n]
        steps = ops.arange(x.shape[0]).astype(ms.float32)
        return self.proj(x) * steps[:, None]


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    valid = Tensor(np.array([1, 1, 1, 1, 0, 0], np.int32))
    return Trimmer(TrimConfig()), (x, valid)
