# case: @ms.jit hillshade function for a DEM tile with constant sun azimuth/altitude and fixed finite-difference slices -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AZIMUTH_DEG = 315.0
ALTITUDE_DEG = 45.0


@ms.jit
def hillshade(dem, cell_size):
    gx = (dem[1:-1, 2:] - dem[1:-1, :-2]) / (2.0 * cell_size)
    gy = (dem[2:, 1:-1] - dem[:-2, 1:-1]) / (2.0 * cell_size)
    slope = ops.atan(ops.sqrt(gx * gx + gy * gy))
    aspect = ops.atan2(gy, -gx)
    zen = math.radians(90.0 - ALTITUDE_DEG)
    az = math.radians(360.0 - AZIMUTH_DEG + 90.0)
    shade = math.cos(zen) * ops.cos(slope) + math.sin(zen) * ops.sin(slope) * ops.cos(az - aspect)
    return ops.clamp(shade, 0.0, 1.0) * 255.0


def make():
    np.random.seed(71)
    dem = np.cumsum(np.cumsum(np.random.randn(40, 40), 0), 1).astype(np.float32)
    return hillshade, (Tensor(dem), Tensor(10.0, ms.float32))
