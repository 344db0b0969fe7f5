# case: flags a stuck fermentation by converting the apparent attenuation to a Python float and comparing it with math.isclose -> float() and math on tensor values, error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StuckFermentationCheck(nn.Cell):
    def __init__(self, expected_attenuation=0.75, tol=0.05):
        super().__init__()
        self.expected = expected_attenuation
        self.tol = tol

    def construct(self, og, sg_now):
        att = (og - sg_now) / (og - 1.0)
        att_value = float(att.mean())
        if math.isclose(att_value, self.expected, abs_tol=self.tol):
            return att, Tensor(0, ms.int32)
        return att, Tensor(1, ms.int32)


def make():
    np.random.seed(11)
    og = np.full(4, 1.055, dtype=np.float32)
    sg = np.array([1.020, 1.018, 1.016, 1.015], dtype=np.float32)
    return StuckFermentationCheck(), (Tensor(og), Tensor(sg))
