# case: region growing over LiDAR anomaly scores in a while loop on a tensor condition, concatenating new seed scores each iteration -> error or dynamic shape because the loop changes the tensor shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoundRegionGrower(nn.Cell):
    def __init__(self, grow_rate=0.8, stop_level=0.05):
        super().__init__()
        self.grow_rate = grow_rate
        self.stop_level = stop_level

    def construct(self, seed_scores):
        region = seed_scores
        frontier = seed_scores
        while frontier.max() > self.stop_level:
            frontier = frontier * self.grow_rate
            region = ops.concat((region, frontier))
        return region.sum(), region


def make():
    np.random.seed(4)
    seeds = Tensor(np.random.rand(5).astype(np.float32) * 0.5)
    return MoundRegionGrower(), (seeds,)
