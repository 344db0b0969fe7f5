# case: aggregates pixel yield into a fixed number of management zones with a one-hot matrix and matmul -> static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneYieldAggregator(nn.Cell):
    def __init__(self, n_zones=4, pixel_area_ha=0.01):
        super().__init__()
        self.n_zones = n_zones
        self.pixel_area_ha = pixel_area_ha
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, zone_ids, yield_t_ha):
        onehot = ops.one_hot(zone_ids.reshape(-1), self.n_zones, self.on, self.off)
        flat = yield_t_ha.reshape(1, -1)
        tonnes = ops.matmul(flat, onehot).squeeze(0) * self.pixel_area_ha
        pixels = onehot.sum(axis=0)
        return tonnes, tonnes / ops.clamp(pixels * self.pixel_area_ha, min=1e-6)


def make():
    np.random.seed(36)
    zone_ids = Tensor(np.random.randint(0, 4, size=(9, 9)).astype(np.int32))
    yield_t_ha = Tensor((np.random.rand(9, 9) * 6 + 4).astype(np.float32))
    return ZoneYieldAggregator(), (zone_ids, yield_t_ha)
