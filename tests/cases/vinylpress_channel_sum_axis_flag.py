# case: groove-wall energy reducer sums over an axis chosen by a constructor config flag (per-wall or per-sample) -> reduce axis from Python config, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GrooveWallEnergy(nn.Cell):
    def __init__(self, per_wall=True, wall_gain=(1.0, 0.97)):
        super().__init__()
        self.axis = 0 if per_wall else 1
        self.wall_gain = Tensor(np.array(wall_gain, np.float32)).reshape(1, 2)

    def construct(self, walls):
        e = (walls * self.wall_gain) ** 2
        total = ops.sum(e, dim=self.axis)
        return total, ops.sqrt(total / walls.shape[self.axis])


def make():
    np.random.seed(102)
    walls = np.random.randn(512, 2).astype(np.float32)
    return GrooveWallEnergy(), (Tensor(walls),)
