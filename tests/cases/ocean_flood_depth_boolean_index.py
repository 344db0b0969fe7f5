# case: flood extent picks flooded cell depths with boolean-mask indexing depth[depth > threshold] and sums volume -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FloodVolume(nn.Cell):
    def __init__(self, cell_area_m2=900.0, threshold_m=0.3):
        super().__init__()
        self.cell_area = cell_area_m2
        self.threshold = threshold_m

    def construct(self, water_level, ground):
        depth = ops.relu(water_level - ground)
        flooded = depth[depth > self.threshold]
        volume = flooded.sum() * self.cell_area
        return volume, flooded.max()


def make():
    np.random.seed(4)
    ground = np.random.uniform(0, 3, (16, 16)).astype(np.float32)
    level = np.full((16, 16), 1.5, np.float32)
    return FloodVolume(), (Tensor(level), Tensor(ground))
