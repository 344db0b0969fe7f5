# case: groups ink-key density errors by the ink zone each patch falls in, using unique on zone ids to get the zones present -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneErrorSummary(nn.Cell):
    def __init__(self, zone_width_mm=32.5, target_density=1.45):
        super().__init__()
        self.zone_width = zone_width_mm
        self.target = target_density

    def zone_of(self, patch_x_mm):
        return ops.floor(patch_x_mm / self.zone_width).astype(ms.int32)

    def construct(self, patch_x_mm, measured_density):
        zones = self.zone_of(patch_x_mm)
        present, inverse = ops.unique(zones)
        err = measured_density - self.target
        sums = ops.unsorted_segment_sum(err, inverse, present.shape[0])
        counts = ops.unsorted_segment_sum(ops.ones_like(err), inverse, present.shape[0])
        return present, sums / counts


def make():
    np.random.seed(8)
    x = np.random.uniform(0, 520, (30,)).astype(np.float32)
    dens = np.random.normal(1.45, 0.08, (30,)).astype(np.float32)
    return ZoneErrorSummary(), (Tensor(x), Tensor(dens))
