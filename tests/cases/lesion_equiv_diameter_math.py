# case: equivalent lesion diameter computed with math.sqrt and math.pi on the area tensor -> graph mode error on math of tensor
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EquivalentDiameter(nn.Cell):
    def __init__(self, spacing_mm=0.8):
        super().__init__()
        self.spacing = spacing_mm

    def construct(self, mask):
        area_px = mask.sum()
        area_mm = area_px * self.spacing * self.spacing
        diameter = 2.0 * math.sqrt(area_mm / math.pi)
        return diameter


def make():
    np.random.seed(16)
    m = np.zeros((14, 14), dtype=np.float32)
    m[3:9, 4:10] = 1.0
    return EquivalentDiameter(), (Tensor(m),)
