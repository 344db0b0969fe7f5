# case: gathers all positive activations with ops.masked_select, whose output length depends on the data, so expect a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositiveMean(nn.Cell):
    def __init__(self):
        super().__init__()
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        h = self.act(x)
        picked = ops.masked_select(h, h > 0)
        return picked.mean()


def make():
    return PositiveMean(), (Tensor(np.random.randn(4, 5).astype(np.float32)),)
