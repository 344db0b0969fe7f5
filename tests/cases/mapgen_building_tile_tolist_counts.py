# case: building counter converts per-tile footprint counts to a Python list with tolist and sums per-row in construct -> error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BuildingDensity(nn.Cell):
    def __init__(self, tile_area_km2=0.25):
        super().__init__()
        self.tile_area_km2 = tile_area_km2

    def construct(self, footprint_masks):
        per_tile = (footprint_masks > 0).astype(ms.int32).sum((1, 2))
        counts = per_tile.tolist()
        total = 0
        for c in counts:
            total = total + c
        density = Tensor(total, ms.float32) / (len(counts) * self.tile_area_km2)
        return per_tile, density


def make():
    np.random.seed(15)
    masks = (np.random.rand(4, 8, 8) > 0.8).astype(np.float32)
    return BuildingDensity(), (Tensor(masks),)
