# case: ranks the k largest storm totals with k fixed by the constructor and zeroes those below a threshold -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DesignStormSelector(nn.Cell):
    """Top-k annual storms per catchment for design-storm fitting."""

    def __init__(self, k=5, depth_threshold_mm=25.0):
        super().__init__()
        self.k = k
        self.depth_threshold_mm = depth_threshold_mm

    def construct(self, storm_depths):
        # storm_depths: (catchments, storms)
        values, indices = ops.topk(storm_depths, self.k)
        heavy = values > self.depth_threshold_mm
        values = ops.where(heavy, values, ops.zeros_like(values))
        return values, indices, heavy.astype(ms.int32).sum(axis=1)


def make():
    np.random.seed(17)
    depths = np.random.gamma(2.0, 10.0, size=(4, 20)).astype(np.float32)
    return DesignStormSelector(), (Tensor(depths),)
