# case: groove-wall energy reducer sums over the axis index carried in a per-job tensor (0 = per-sample, 1 = per-wall) converted with int() -> reduce axis from tensor value, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GrooveWallEnergy(nn.Cell):
    def __init__(self, wall_gain=(1.0, 0.97)):
        super().__init__()
        self.wall_gain = Tensor(np.array(wall_gain, np.float32)).reshape(1, 2)

    def construct(self, walls, reduce_axis):
        e = (walls * self.wall_gain) ** 2
        axis = int(reduce_axis)
        return ops.sum(e, dim=axis)


def make():
    np.random.seed(101)
    walls = np.random.randn(512, 2).astype(np.float32)
    return GrooveWallEnergy(), (Tensor(walls), Tensor(0, ms.int32))
