# case: inflate obstacles with a max-pool whose kernel size comes from int() of a robot-radius tensor -> int() of tensor used as a kernel size, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CostmapInflater(nn.Cell):
    def __init__(self, resolution=0.1):
        super().__init__()
        self.resolution = resolution

    def radius_cells(self, robot_radius):
        return int(ops.ceil(robot_radius / self.resolution))

    def construct(self, occ, robot_radius):
        r = self.radius_cells(robot_radius)
        k = 2 * r + 1
        x = occ.expand_dims(0).expand_dims(0)
        inflated = ops.max_pool2d(x, kernel_size=k, stride=1, padding=r)
        return inflated.squeeze(0).squeeze(0)


def make():
    np.random.seed(14)
    occ = (np.random.rand(16, 16) > 0.9).astype(np.float32)
    return CostmapInflater(), (Tensor(occ), Tensor(0.22, ms.float32))
