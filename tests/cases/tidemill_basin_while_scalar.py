# case: iterate basin filling with a while loop on a tensor condition but keep only a fixed-shape scalar state and a step counter -> state shapes never change, Graph mode should compile (control flow on tensors)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BasinFillCounter(nn.Cell):
    def __init__(self, sluice_area=6.0, pond_area=4.0e4, cd=0.6, dt=60.0, tol=0.02):
        super().__init__()
        self.k = cd * sluice_area * dt / pond_area
        self.tol = tol

    def step(self, basin, sea):
        head = ops.relu(sea - basin)
        return basin + self.k * ops.sqrt(2 * 9.81 * head)

    def construct(self, basin0, sea_level):
        basin = basin0
        minutes = Tensor(0, ms.int32)
        while (sea_level - basin) > self.tol:
            basin = self.step(basin, sea_level)
            minutes = minutes + 1
        return basin, minutes


def make():
    np.random.seed(3285)
    return BasinFillCounter(), (Tensor(np.float32(0.4)), Tensor(np.float32(1.1)))
