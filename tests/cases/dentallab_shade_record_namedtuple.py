# case: shade matching step returns its result as a plain tuple (code, delta E, acceptable flag) computed with tensor ops -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DELTA_E_LIMIT = 2.7


def delta_e76(guide, lab):
    diff = guide - lab.expand_dims(0)
    return ops.sqrt((diff * diff).sum(axis=-1))


class ShadeLookup(nn.Cell):
    def __init__(self, guide_lab, limit=DELTA_E_LIMIT):
        super().__init__()
        self.guide = Tensor(guide_lab)
        self.limit = limit

    def construct(self, tooth_lab):
        de = delta_e76(self.guide, tooth_lab)
        best = de.argmin()
        best_de = de.min()
        return best, best_de, best_de < self.limit


def make():
    np.random.seed(323)
    guide = np.stack([np.linspace(62, 80, 16), np.random.uniform(0, 4, 16),
                      np.random.uniform(12, 24, 16)], 1).astype(np.float32)
    tooth = np.array([71.0, 2.1, 18.5], np.float32)
    return ShadeLookup(guide), (Tensor(tooth),)
