# case: jit function summarises a zone x time kiln temperature grid along an axis chosen by a tensor argument converted with int() -> reduce axis from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def zone_uniformity(grid):
    return grid.max() - grid.min()


@ms.jit
def summarise_zones(grid, axis_t):
    # grid: (zones, time_steps)
    axis = int(axis_t)
    mean_profile = grid.mean(axis=axis)
    return mean_profile, zone_uniformity(grid)


def make():
    np.random.seed(131)
    grid = np.random.uniform(1180, 1240, (5, 32)).astype(np.float32)
    return summarise_zones, (Tensor(grid), Tensor(np.array(1, np.int32)))
