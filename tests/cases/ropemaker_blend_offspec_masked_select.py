# case: pull out the bales whose polyester/nylon blend ratio is off specification with masked_select and average their deviation -> masked_select output has data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TARGET_POLY = 0.65
TOLERANCE = 0.03


class BlendAudit(nn.Cell):
    def __init__(self):
        super().__init__()
        self.eps = 1e-6

    def poly_fraction(self, poly_kg, nylon_kg):
        return poly_kg / (poly_kg + nylon_kg + self.eps)

    def construct(self, poly_kg, nylon_kg):
        frac = self.poly_fraction(poly_kg, nylon_kg)
        dev = ops.abs(frac - TARGET_POLY)
        off = ops.masked_select(dev, dev > TOLERANCE)
        return off.mean(), off.shape[0]


def make():
    np.random.seed(31)
    poly = np.random.uniform(60, 70, size=(40,)).astype(np.float32)
    nylon = np.random.uniform(30, 40, size=(40,)).astype(np.float32)
    return BlendAudit(), (Tensor(poly), Tensor(nylon))
