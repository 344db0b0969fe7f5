# case: splits a tensor into equal sections with mindspore.numpy.split using an int section count from config, which is static
import numpy as np
import mindspore.numpy as mnp
from mindspore import nn, Tensor


class HeadSplit(nn.Cell):
    def __init__(self, heads):
        super().__init__()
        self.heads = heads

    def construct(self, x):
        parts = mnp.split(x, self.heads, axis=-1)
        acc = parts[0]
        for p in parts[1:]:
            acc = acc + p
        return acc / self.heads


def make():
    return HeadSplit(4), (Tensor(np.random.randn(2, 16).astype(np.float32)),)
