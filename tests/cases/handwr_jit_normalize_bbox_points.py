# case: @ms.jit function rescales points into their bounding box to the unit square keeping aspect ratio -> static jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def normalize_to_unit_box(points, eps):
    xy = points[..., :2]
    mins = xy.min(axis=-2, keepdims=True)
    maxs = xy.max(axis=-2, keepdims=True)
    extent = (maxs - mins).max(axis=-1, keepdims=True)
    scaled = (xy - mins) / (extent + eps)
    return ops.concat((scaled, points[..., 2:]), -1)


def make():
    np.random.seed(32)
    pts = np.random.rand(3, 10, 3).astype(np.float32) * 100
    pts[..., 2] = (np.random.rand(3, 10) > 0.8).astype(np.float32)
    return normalize_to_unit_box, (Tensor(pts), 1e-6)
