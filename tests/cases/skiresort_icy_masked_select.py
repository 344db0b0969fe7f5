# case: collect surface temperatures of icy grooming cells with ops.masked_select and average them -> output length depends on mask values, expected dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IcyPatchStats(nn.Cell):
    def __init__(self, icy_hardness=0.7):
        super().__init__()
        self.icy_hardness = icy_hardness
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)

    def construct(self, hardness_map, surface_temp):
        # maps: (1, 1, H, W) from the groomer's sensor grid
        hard = self.pool(hardness_map)
        temp = self.pool(surface_temp)
        icy = hard > self.icy_hardness
        icy_temp = ops.masked_select(temp, icy)
        return icy_temp.mean(), icy_temp.shape[0]


def make():
    np.random.seed(171)
    hardness = Tensor(np.random.uniform(0, 1, (1, 1, 16, 16)).astype(np.float32))
    temp = Tensor(np.random.uniform(-12, -1, (1, 1, 16, 16)).astype(np.float32))
    return IcyPatchStats(), (hardness, temp)
