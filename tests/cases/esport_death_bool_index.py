# case: death-position analyzer indexes player positions with a boolean mask of dead players -> boolean-mask indexing gives data-dependent shape, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeathHeatmapFeature(nn.Cell):
    def __init__(self, map_size=64.0):
        super().__init__()
        self.map_size = map_size

    def normalize(self, pos):
        return pos / self.map_size

    def construct(self, positions, hp):
        dead = hp <= 0
        dead_pos = positions[dead]
        norm = self.normalize(dead_pos)
        centroid = norm.mean(axis=0)
        spread = ((norm - centroid) ** 2).sum(axis=-1).mean()
        return ops.concat((centroid, spread.reshape(1)))


def make():
    np.random.seed(7)
    pos = Tensor((np.random.rand(10, 2) * 64).astype(np.float32))
    hp = Tensor(np.array([100, 0, 35, 0, 80, 0, 12, 100, 0, 55], dtype=np.float32))
    return DeathHeatmapFeature(64.0), (pos, hp)
