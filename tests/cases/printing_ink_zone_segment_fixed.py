# case: groups ink-key density errors per zone with unsorted_segment_sum over a fixed number of press zones from the config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PressConfig:
    def __init__(self, num_zones=16, zone_width_mm=32.5, target_density=1.45):
        self.num_zones = num_zones
        self.zone_width_mm = zone_width_mm
        self.target_density = target_density


class ZoneErrorTable(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else PressConfig()
        self.num_zones = cfg.num_zones
        self.zone_width = cfg.zone_width_mm
        self.target = cfg.target_density

    def construct(self, patch_x_mm, measured_density):
        zones = ops.floor(patch_x_mm / self.zone_width).astype(ms.int32)
        zones = ops.clip_by_value(zones, 0, self.num_zones - 1)
        err = measured_density - self.target
        sums = ops.unsorted_segment_sum(err, zones, self.num_zones)
        counts = ops.unsorted_segment_sum(ops.ones_like(err), zones, self.num_zones)
        mean_err = sums / ops.maximum(counts, 1.0)
        return mean_err, counts


def make():
    np.random.seed(9)
    x = np.random.uniform(0, 520, (30,)).astype(np.float32)
    dens = np.random.normal(1.45, 0.08, (30,)).astype(np.float32)
    return ZoneErrorTable(), (Tensor(x), Tensor(dens))
