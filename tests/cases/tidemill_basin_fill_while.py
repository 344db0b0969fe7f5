# case: simulate basin filling through the sluice step by step until the basin reaches sea level, appending each level to a list -> loop count depends on tensor values and the list grows, Graph mode should reject or unroll badly
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BasinFillSim(nn.Cell):
    """Orifice-flow model of a tide mill pond filling on the flood."""

    def __init__(self, sluice_area=6.0, pond_area=4.0e4, cd=0.6, dt=60.0):
        super().__init__()
        self.k = cd * sluice_area * dt / pond_area
        self.tol = 0.02

    def step(self, basin, sea):
        head = ops.relu(sea - basin)
        return basin + self.k * ops.sqrt(2 * 9.81 * head)

    def construct(self, basin0, sea_level):
        basin = basin0
        trace = []
        while (sea_level - basin) > self.tol:
            basin = self.step(basin, sea_level)
            trace.append(basin)
        return basin, ops.stack(trace)


def make():
    np.random.seed(3283)
    return BasinFillSim(), (Tensor(np.float32(0.4)), Tensor(np.float32(1.1)))
