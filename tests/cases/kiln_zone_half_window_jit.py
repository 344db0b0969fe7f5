# case: jit function compares the first and second halves of a kiln zone temperature log using grid.shape to cut the window -> shape-derived slice, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def zone_uniformity(grid):
    return grid.max(axis=0) - grid.min(axis=0)


@ms.jit
def soak_drift(grid):
    # grid: (zones, time_steps)
    half = grid.shape[1] // 2
    early = grid[:, :half].mean(axis=1)
    late = grid[:, half:].mean(axis=1)
    return late - early, zone_uniformity(grid)


def make():
    np.random.seed(132)
    grid = np.random.uniform(1180, 1240, (5, 32)).astype(np.float32)
    return soak_drift, (Tensor(grid),)
