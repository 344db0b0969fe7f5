# case: simulate basin filling through the sluice for a fixed number of one-minute steps and stack the levels -> loop over range(python int), Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BasinFillFixed(nn.Cell):
    """Orifice-flow model of a tide mill pond filling on the flood."""

    def __init__(self, sluice_area=6.0, pond_area=4.0e4, cd=0.6, dt=60.0, n_steps=30):
        super().__init__()
        self.k = cd * sluice_area * dt / pond_area
        self.n_steps = n_steps

    def step(self, basin, sea):
        head = ops.relu(sea - basin)
        return basin + self.k * ops.sqrt(2 * 9.81 * head)

    def construct(self, basin0, sea_level):
        basin = basin0
        trace = []
        for _ in range(self.n_steps):
            basin = self.step(basin, sea_level)
            trace.append(basin)
        return basin, ops.stack(trace)


def make():
    np.random.seed(3284)
    return BasinFillFixed(), (Tensor(np.float32(0.4)), Tensor(np.float32(1.1)))
