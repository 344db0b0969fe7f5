# case: clamps out-of-spec die measurements to the spec limits with ops.select rather than an if on tensor values -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpecClamp(nn.Cell):
    def __init__(self, lsl=0.9, usl=1.1):
        super().__init__()
        self.lsl = lsl
        self.usl = usl

    def construct(self, vth):
        lo = ops.full_like(vth, self.lsl)
        hi = ops.full_like(vth, self.usl)
        clamped = ops.select(vth < lo, lo, vth)
        clamped = ops.select(clamped > hi, hi, clamped)
        oos = ((vth < lo) | (vth > hi)).astype(ms.float32)
        return clamped, oos.mean(axis=-1)


def make():
    np.random.seed(21)
    vth = np.random.normal(1.0, 0.08, size=(4, 25)).astype(np.float32)
    return SpecClamp(), (Tensor(vth),)
