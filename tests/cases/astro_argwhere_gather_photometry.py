# case: find catalogue positions flagged as in-field with argwhere and gather their fluxes for photometric zero-point -> dynamic shape (argwhere)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZeroPointFit(nn.Cell):
    def __init__(self, width=64.0, height=64.0):
        super().__init__()
        self.width = width
        self.height = height

    def in_field(self, x, y):
        inside_x = ops.logical_and(x >= 0.0, x < self.width)
        inside_y = ops.logical_and(y >= 0.0, y < self.height)
        return ops.logical_and(inside_x, inside_y)

    def construct(self, x, y, inst_mag, ref_mag):
        sel = ops.argwhere(self.in_field(x, y)).reshape(-1)
        dm = ops.gather(ref_mag, sel, 0) - ops.gather(inst_mag, sel, 0)
        return dm.mean(), dm.std()


def make():
    np.random.seed(15)
    x = np.random.uniform(-10.0, 74.0, 20).astype(np.float32)
    y = np.random.uniform(-10.0, 74.0, 20).astype(np.float32)
    inst = np.random.uniform(-12.0, -8.0, 20).astype(np.float32)
    ref = (inst + 25.1 + 0.02 * np.random.randn(20)).astype(np.float32)
    return ZeroPointFit(), (Tensor(x), Tensor(y), Tensor(inst), Tensor(ref))
