# case: @ms.jit flood-risk function selects DEM cells below the water level with masked_select and returns their depths -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def flooded_depths(dem, water_level):
    below = dem < water_level
    depths = ops.masked_select(water_level - dem, below)
    return depths, depths.sum()


def make():
    np.random.seed(17)
    dem = np.random.uniform(0, 10, size=(8, 8)).astype(np.float32)
    return flooded_depths, (Tensor(dem), Tensor(4.0, ms.float32))
