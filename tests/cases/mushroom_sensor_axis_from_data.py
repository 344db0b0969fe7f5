# case: average the climate-sensor cube along an axis chosen from a tensor flag (0 = over rooms, 1 = over hours) -> reduce axis from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClimateSummary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm((3,))

    def construct(self, cube, axis_flag):
        # cube: rooms x hours x (temp, rh, co2)
        axis = int(axis_flag)
        summary = cube.mean(axis=axis)
        return self.norm(summary)


def make():
    np.random.seed(327)
    cube = Tensor(np.random.rand(4, 24, 3).astype(np.float32))
    return ClimateSummary(), (cube, Tensor(np.array(1, np.int32)))
