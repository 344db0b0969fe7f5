# case: indexes per-plant weed probabilities with a boolean tensor mask of plants in the spray zone -> boolean mask indexing, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SprayZoneWeedLoad(nn.Cell):
    def __init__(self, zone_x_min=10.0, zone_x_max=40.0):
        super().__init__()
        self.zone_x_min = zone_x_min
        self.zone_x_max = zone_x_max

    def in_zone(self, positions):
        x = positions[:, 0]
        return ops.logical_and(x >= self.zone_x_min, x <= self.zone_x_max)

    def construct(self, positions, weed_prob):
        mask = self.in_zone(positions)
        zone_probs = weed_prob[mask]
        return zone_probs.sum(), zone_probs.max()


def make():
    np.random.seed(8)
    positions = Tensor((np.random.rand(15, 2) * 50).astype(np.float32))
    weed_prob = Tensor(np.random.rand(15).astype(np.float32))
    return SprayZoneWeedLoad(), (positions, weed_prob)
