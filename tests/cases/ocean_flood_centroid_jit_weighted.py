# case: jit function computes the flood centroid as a wet-mask-weighted mean of fixed row/column coordinate grids -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

FLOOD_THRESHOLD_M = 0.5


@ms.jit
def flood_centroid(depth, dem):
    h, w = depth.shape
    wet = ((depth > FLOOD_THRESHOLD_M) & (dem < 10.0)).astype(ms.float32)
    rows = ops.arange(h, dtype=ms.float32).reshape(-1, 1) * ops.ones((1, w), ms.float32)
    cols = ops.arange(w, dtype=ms.float32).reshape(1, -1) * ops.ones((h, 1), ms.float32)
    n = wet.sum()
    safe_n = ops.maximum(n, ops.ones_like(n))
    centroid = ops.stack([(rows * wet).sum() / safe_n, (cols * wet).sum() / safe_n])
    return centroid, n


def make():
    np.random.seed(33)
    depth = Tensor(np.random.exponential(0.5, (14, 14)).astype(np.float32))
    dem = Tensor(np.random.uniform(0, 20, (14, 14)).astype(np.float32))
    return flood_centroid, (depth, dem)
