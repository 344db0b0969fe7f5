# case: log-grading helper turns CT section diameters into a Python list with tolist() and computes taper (mm/m) with list indexing in Python -> error or host fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaperGrader(nn.Cell):
    """Penalises logs whose diameter taper exceeds the grading limit."""

    def __init__(self, section_spacing_m=0.5, taper_limit=12.0):
        super().__init__()
        self.section_spacing_m = section_spacing_m
        self.taper_limit = taper_limit

    def taper(self, diameters_mm):
        values = diameters_mm.tolist()
        length_m = (len(values) - 1) * self.section_spacing_m
        return (values[-1] - values[0]) / length_m

    def construct(self, diameters_mm):
        t = self.taper(diameters_mm)
        penalty = ops.relu(Tensor(t, ms.float32) - self.taper_limit)
        return penalty, diameters_mm.mean()


def make():
    np.random.seed(15)
    d = Tensor((np.linspace(220, 300, 10) + np.random.randn(10) * 4).astype(np.float32))
    return TaperGrader(), (d,)
