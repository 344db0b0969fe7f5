# case: a dict comprehension keyed by range read at an item of a .tolist() row, outside a loop -> LAX reads it in the interpreter, STRICT refuses the tolist
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCALE = {k: 1.0 + 0.25 * k for k in range(4)}


class Scale(nn.Cell):
    def construct(self, x):
        ids = x.argmax(axis=-1).tolist()
        s = SCALE[ids[0]]
        return x * s


def make():
    np.random.seed(8)
    return Scale(), (Tensor(np.random.randn(3, 4).astype(np.float32)),)
