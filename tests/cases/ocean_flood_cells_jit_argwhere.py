# case: jit function lists coordinates of flooded grid cells with ops.argwhere and returns their mean row/column as the flood centroid -> dynamic shape from argwhere
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

FLOOD_THRESHOLD_M = 0.5


@ms.jit
def flood_centroid(depth, dem):
    wet = (depth > FLOOD_THRESHOLD_M) & (dem < 10.0)
    coords = ops.argwhere(wet).astype(ms.float32)
    centroid = coords.mean(axis=0)
    extent = coords.shape[0]
    return centroid, extent


def make():
    np.random.seed(32)
    depth = Tensor(np.random.exponential(0.5, (14, 14)).astype(np.float32))
    dem = Tensor(np.random.uniform(0, 20, (14, 14)).astype(np.float32))
    return flood_centroid, (depth, dem)
