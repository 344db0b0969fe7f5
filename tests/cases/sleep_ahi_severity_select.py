# case: AHI severity class (normal/mild/moderate/severe) from thresholds using ops.select chains instead of Python if -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AHISeverity(nn.Cell):
    def __init__(self, hours=7.0):
        super().__init__()
        self.hours = hours
        self.cuts = (5.0, 15.0, 30.0)

    def grade(self, ahi):
        level = ops.zeros_like(ahi)
        for i, c in enumerate(self.cuts):
            level = ops.select(ahi >= c, ops.full_like(ahi, float(i + 1)), level)
        return level

    def construct(self, apnea_counts, hypopnea_counts):
        ahi = (apnea_counts + hypopnea_counts) / self.hours
        return ahi, self.grade(ahi)


def make():
    np.random.seed(13)
    apnea = np.random.randint(0, 120, size=(6,)).astype(np.float32)
    hypo = np.random.randint(0, 120, size=(6,)).astype(np.float32)
    return AHISeverity(), (Tensor(apnea), Tensor(hypo))
