# case: jit refinement step appends jittered copies of the collocation points only if the mean residual exceeds a tolerance, so the two branches return different point counts -> Graph mode should reject the mismatched branch shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def source_term(xy):
    return 2.0 * (3.14159 ** 2) * ops.sin(3.14159 * xy[:, 0]) * ops.sin(3.14159 * xy[:, 1])


def surrogate(xy):
    return ops.sin(3.0 * xy[:, 0]) * ops.cos(2.0 * xy[:, 1])


@ms.jit
def refine(points, jitter, tol):
    res = ops.abs(surrogate(points) - source_term(points))
    if res.mean() > tol:
        new_pts = ops.clamp(points + jitter, 0.0, 1.0)
        points = ops.concat((points, new_pts), axis=0)
    return points


def make():
    np.random.seed(17)
    pts = Tensor(np.random.rand(20, 2).astype(np.float32))
    jitter = Tensor((0.01 * np.random.randn(20, 2)).astype(np.float32))
    return refine, (pts, jitter, Tensor(0.5, ms.float32))
