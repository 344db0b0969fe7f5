# case: thickness grading, drops the trailing 10 percent of gauge readings taken at the hide tail, cut point from the static shape -> shape-derived slice, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThicknessGrader(nn.Cell):
    def __init__(self, grade_edges=(0.9, 1.1, 1.3, 1.5), tail_fraction=0.1):
        super().__init__()
        self.edges = Tensor(np.array(grade_edges, np.float32))
        self.tail_fraction = tail_fraction

    def grade(self, mm):
        return (mm.expand_dims(-1) > self.edges).astype(ms.int32).sum(-1)

    def construct(self, gauge_mm):
        n_total = gauge_mm.shape[0]
        n_keep = int(n_total * (1 - self.tail_fraction))
        valid = gauge_mm[:n_keep]
        grades = self.grade(valid)
        return grades, valid.mean()


def make():
    np.random.seed(3082)
    gauge = Tensor((1.2 + 0.15 * np.random.randn(50)).astype(np.float32))
    return ThicknessGrader(), (gauge,)
