# case: jit refinement step moves high-residual points towards jittered positions with ops.select on a per-point mask, keeping the point count fixed -> static shapes in Graph mode
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
    move = (res > tol).expand_dims(-1).broadcast_to(points.shape)
    moved = ops.clamp(points + jitter, 0.0, 1.0)
    points = ops.select(move, moved, points)
    return points, res.mean()


def make():
    np.random.seed(18)
    pts = Tensor(np.random.rand(20, 2).astype(np.float32))
    jitter = Tensor((0.01 * np.random.randn(20, 2)).astype(np.float32))
    return refine, (pts, jitter, Tensor(0.5, ms.float32))
