# case: inflate obstacles with a max-pool whose kernel size is computed in __init__ from a Python robot radius -> static, compiles
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StaticInflater(nn.Cell):
    def __init__(self, robot_radius=0.22, resolution=0.1, lethal=254.0):
        super().__init__()
        r = int(math.ceil(robot_radius / resolution))
        self.pool = nn.MaxPool2d(kernel_size=2 * r + 1, stride=1, pad_mode="same")
        self.lethal = lethal

    def construct(self, occ):
        x = occ.expand_dims(1)
        inflated = self.pool(x).squeeze(1)
        cost = ops.where(occ > 0.5, ops.full_like(occ, self.lethal), inflated * (self.lethal - 1.0))
        return cost


def make():
    np.random.seed(15)
    occ = (np.random.rand(2, 16, 16) > 0.9).astype(np.float32)
    return StaticInflater(), (Tensor(occ),)
