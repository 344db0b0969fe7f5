# case: thickness grading, a splitting machine reports how many gauge readings are valid, keep only those via .item() and slice -> slice length from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThicknessGrader(nn.Cell):
    def __init__(self, grade_edges=(0.9, 1.1, 1.3, 1.5)):
        super().__init__()
        self.edges = Tensor(np.array(grade_edges, np.float32))

    def grade(self, mm):
        return (mm.expand_dims(-1) > self.edges).astype(ms.int32).sum(-1)

    def construct(self, gauge_mm, n_valid):
        n = n_valid.item()
        valid = gauge_mm[:n]
        grades = self.grade(valid)
        return grades, valid.mean()


def make():
    np.random.seed(3081)
    gauge = Tensor((1.2 + 0.15 * np.random.randn(50)).astype(np.float32))
    n_valid = Tensor(np.array(37, dtype=np.int32))
    return ThicknessGrader(), (gauge, n_valid)
