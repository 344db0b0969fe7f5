# case: Poisson yield model computes defect density with math.log on a tensor yield inside construct -> math module applied to tensor in graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoissonYieldModel(nn.Cell):
    """Y = exp(-A * D0)  =>  D0 = -ln(Y) / A"""

    def __init__(self, die_area_cm2=0.85):
        super().__init__()
        self.area = die_area_cm2

    def construct(self, good_dies, total_dies):
        lot_yield = good_dies.sum() / total_dies.sum()
        d0 = -math.log(lot_yield) / self.area
        predicted = ops.exp(-self.area * d0 * ops.ones_like(good_dies))
        return d0, predicted


def make():
    np.random.seed(15)
    total = np.full((5,), 300.0, np.float32)
    good = (total * np.random.uniform(0.7, 0.9, 5)).astype(np.float32)
    return PoissonYieldModel(), (Tensor(good), Tensor(total))
