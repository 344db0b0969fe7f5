# case: converts per-zone yield estimates to a Python list with tolist and sums the zones above a target in Python -> tolist host round trip in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneYieldEstimator(nn.Cell):
    def __init__(self, n_bands=4, target_t_ha=6.0):
        super().__init__()
        self.regressor = nn.Dense(n_bands, 1)
        self.target_t_ha = target_t_ha

    def construct(self, zone_bands, zone_area_ha):
        per_ha = ops.relu(self.regressor(zone_bands)).squeeze(-1) + 5.0
        values = per_ha.tolist()
        areas = zone_area_ha.tolist()
        high_total = 0.0
        for v, a in zip(values, areas):
            if v > self.target_t_ha:
                high_total += v * a
        return Tensor(high_total, ms.float32)


def make():
    np.random.seed(16)
    zone_bands = Tensor(np.random.rand(5, 4).astype(np.float32))
    zone_area_ha = Tensor((np.random.rand(5) * 3 + 1).astype(np.float32))
    return ZoneYieldEstimator(), (zone_bands, zone_area_ha)
