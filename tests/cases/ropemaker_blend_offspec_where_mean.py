# case: average the deviation of off-spec fibre blend bales using ops.where with a zero fill and a masked count -> three-argument where, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TARGET_POLY = 0.65
TOLERANCE = 0.03


class BlendAuditDense(nn.Cell):
    def __init__(self):
        super().__init__()
        self.eps = 1e-6

    def poly_fraction(self, poly_kg, nylon_kg):
        return poly_kg / (poly_kg + nylon_kg + self.eps)

    def construct(self, poly_kg, nylon_kg):
        frac = self.poly_fraction(poly_kg, nylon_kg)
        dev = ops.abs(frac - TARGET_POLY)
        off = dev > TOLERANCE
        kept = ops.where(off, dev, ops.zeros_like(dev))
        count = off.astype(ms.float32).sum()
        return kept.sum() / ops.maximum(count, 1.0), count


def make():
    np.random.seed(32)
    poly = np.random.uniform(60, 70, size=(40,)).astype(np.float32)
    nylon = np.random.uniform(30, 40, size=(40,)).astype(np.float32)
    return BlendAuditDense(), (Tensor(poly), Tensor(nylon))
