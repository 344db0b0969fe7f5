# case: catchment water balance whose evaporation input is optional and tested with `is None` inside construct -> None check is resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WaterBalance(nn.Cell):
    """dS = P - E - Q over a catchment, with a default evaporation fraction."""

    def __init__(self, default_evap_fraction=0.3, area_km2=120.0):
        super().__init__()
        self.default_evap_fraction = default_evap_fraction
        self.mm_to_m3 = area_km2 * 1000.0

    def construct(self, precip_mm, discharge_mm, evap_mm=None):
        if evap_mm is None:
            evap_mm = precip_mm * self.default_evap_fraction
        storage_change = precip_mm - evap_mm - discharge_mm
        cumulative = ops.cumsum(storage_change, axis=0)
        return cumulative * self.mm_to_m3, storage_change.sum()


def make():
    np.random.seed(36)
    p = np.random.gamma(1.2, 4.0, size=(14,)).astype(np.float32)
    q = np.random.uniform(0.5, 3.0, size=(14,)).astype(np.float32)
    return WaterBalance(), (Tensor(p), Tensor(q))
