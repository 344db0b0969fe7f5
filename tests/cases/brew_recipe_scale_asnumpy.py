# case: scales grain-bill weights to a new batch volume, pulling the volume ratio to the host with .asnumpy() inside construct -> host round trip, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecipeScaler(nn.Cell):
    def __init__(self, base_volume_l=20.0, efficiency=0.72):
        super().__init__()
        self.base_volume_l = base_volume_l
        self.efficiency = efficiency

    def construct(self, grain_kg, target_volume_l):
        ratio = (target_volume_l / self.base_volume_l).asnumpy()
        scaled = grain_kg * Tensor(np.round(ratio, 2), ms.float32)
        extract = scaled * 0.80 * self.efficiency
        return scaled, extract.sum()


def make():
    np.random.seed(8)
    grain = np.array([4.5, 0.5, 0.25, 0.1], dtype=np.float32)
    return RecipeScaler(), (Tensor(grain), Tensor(np.array(45.0, dtype=np.float32)))
