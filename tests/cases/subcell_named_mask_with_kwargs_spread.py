# case: an encoder hands its mask by name to the inner stack, with extra options as **kwargs; the stack selects the unmasked rows -> dynamic at the selection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stack(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(4, 4)

    def construct(self, x, keep=None, scale=1.0):
        if keep is not None:
            x = x[keep]
        return self.proj(x).sum(0) * scale


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stack = Stack()

    def construct(self, x, keep, **kwargs):
        return self.stack(x * 2, keep=keep, **kwargs)


def make():
    np.random.seed(72)
    return Encoder(), (Tensor(np.random.rand(6, 4).astype(np.float32)), Tensor(np.array([1, 0, 1, 1, 0, 1], np.bool_)))
