# case: shade matching step packs its result into a plain Python ShadeRecord object created inside construct and returns a field -> graph mode should reject the plain class instance
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShadeRecord:
    def __init__(self, code, delta_e):
        self.code = code
        self.delta_e = delta_e

    def acceptable(self, limit=2.7):
        return self.delta_e < limit


class ShadeLookup(nn.Cell):
    def __init__(self, guide_lab):
        super().__init__()
        self.guide = Tensor(guide_lab)

    def construct(self, tooth_lab):
        diff = self.guide - tooth_lab.expand_dims(0)
        de = ops.sqrt((diff * diff).sum(axis=-1))
        best = de.argmin()
        rec = ShadeRecord(best, de.min())
        return rec.code, rec.acceptable()


def make():
    np.random.seed(322)
    guide = np.stack([np.linspace(62, 80, 16), np.random.uniform(0, 4, 16),
                      np.random.uniform(12, 24, 16)], 1).astype(np.float32)
    tooth = np.array([71.0, 2.1, 18.5], np.float32)
    return ShadeLookup(guide), (Tensor(tooth),)
