# case: average the climate-sensor cube over hours, the axis fixed by a constructor option -> constant axis, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClimateSummary(nn.Cell):
    def __init__(self, over="hours"):
        super().__init__()
        self.axis = 1 if over == "hours" else 0
        self.norm = nn.LayerNorm((3,))

    def construct(self, cube):
        # cube: rooms x hours x (temp, rh, co2)
        summary = cube.mean(axis=self.axis)
        spread = cube.max(axis=self.axis) - cube.min(axis=self.axis)
        return self.norm(summary), spread


def make():
    np.random.seed(328)
    cube = Tensor(np.random.rand(4, 24, 3).astype(np.float32))
    return ClimateSummary(), (cube,)
