# case: `self.proj = None` set in __init__: the `is not None` branch with a dynamic op is dead
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.mask_fn = None

    def construct(self, x):
        if self.mask_fn is not None:
            x = ops.masked_select(x, x > 0)
        return x + 1


def make():
    return Block(), (Tensor(np.random.randn(5).astype(np.float32)),)
