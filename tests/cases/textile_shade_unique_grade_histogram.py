# case: grade each bolt's shade into bins and return the distinct grades present via ops.unique -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShadeGrader(nn.Cell):
    def __init__(self, bin_width=1.5, num_grades=5):
        super().__init__()
        self.bin_width = bin_width
        self.num_grades = num_grades

    def grade(self, delta_e):
        g = ops.floor(delta_e / self.bin_width).astype(ms.int32)
        return ops.clamp(g, 0, self.num_grades - 1)

    def construct(self, delta_e):
        grades = self.grade(delta_e)
        present, _ = ops.unique(grades)
        return grades, present


def make():
    np.random.seed(4)
    de = Tensor(np.abs(np.random.randn(20) * 2.5).astype(np.float32))
    return ShadeGrader(), (de,)
