# case: translation augmentation as a cyclic shift via slicing+concat with Python-int shifts chosen in __init__, gated per sample by ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cyclic_shift(x, shift, axis):
    if shift == 0:
        return x
    size = x.shape[axis]
    s = shift % size
    head = ops.narrow(x, axis, size - s, s)
    tail = ops.narrow(x, axis, 0, size - s)
    return ops.cat((head, tail), axis)


class RandomShift(nn.Cell):
    def __init__(self, max_shift=2, p=0.5):
        super().__init__()
        self.p = p
        rng = np.random.RandomState(7)
        self.shifts = [int(v) for v in rng.randint(-max_shift, max_shift + 1, size=2)]

    def construct(self, x):
        shifted = cyclic_shift(x, self.shifts[0], 2)
        shifted = cyclic_shift(shifted, self.shifts[1], 3)
        gate = ops.rand((x.shape[0], 1, 1, 1)) < self.p
        gate = ops.broadcast_to(gate, x.shape)
        return ops.select(gate, shifted, x)


def make():
    np.random.seed(6)
    x = Tensor(np.random.rand(3, 2, 8, 8).astype(np.float32))
    return RandomShift(), (x,)
