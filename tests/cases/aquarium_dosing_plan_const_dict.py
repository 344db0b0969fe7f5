# case: dose each element from a constant per-element ml table held in a dict attribute, looping over the fixed element names and masking tiny doses by multiplication -> read-only dict of constants, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ELEMENTS = ("calcium", "magnesium", "iodine", "strontium")


class TraceDosing(nn.Cell):
    def __init__(self):
        super().__init__()
        self.ml_per_unit = {"calcium": 2.0, "magnesium": 1.5, "iodine": 0.05, "strontium": 0.1}
        self.min_dose_ml = 0.01

    def construct(self, deficit):
        doses = []
        for i, name in enumerate(ELEMENTS):
            doses.append(deficit[i] * self.ml_per_unit[name])
        doses = ops.stack(doses)
        keep = (doses >= self.min_dose_ml).astype(ms.float32)
        doses = doses * keep
        return doses, doses.sum()


def make():
    np.random.seed(202)
    deficit = Tensor(np.array([12.0, 30.0, 0.1, 0.05], dtype=np.float32))
    return TraceDosing(), (deficit,)
