# case: SDF sphere tracing in a while loop whose condition is a tensor (max residual > eps) with an iteration cap; shapes fixed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def box_sdf(p, half):
    q = ops.abs(p) - half
    outside = ops.norm(ops.maximum(q, ops.zeros_like(q)), dim=-1)
    inside = ops.minimum(q.max(axis=-1), ops.zeros_like(outside))
    return outside + inside


class WhileSphereTracer(nn.Cell):
    def __init__(self, half_extent=0.5, eps=1e-3, max_iters=32, t_far=8.0):
        super().__init__()
        self.half = Tensor(np.full((3,), half_extent, np.float32))
        self.eps = eps
        self.max_iters = max_iters
        self.t_far = t_far

    def construct(self, rays_o, rays_d):
        t = ops.zeros((rays_o.shape[0],), ms.float32)
        d = box_sdf(rays_o, self.half)
        it = 0
        while ops.abs(d).max() > self.eps and it < self.max_iters:
            active = ops.logical_and(ops.abs(d) > self.eps, t < self.t_far)
            t = t + ops.where(active, d, ops.zeros_like(d))
            d = box_sdf(rays_o + t[:, None] * rays_d, self.half)
            it += 1
        return t, ops.abs(d) < 10 * self.eps


def make():
    np.random.seed(19)
    n = 8
    rays_o = np.tile(np.array([[0.0, 0.0, 2.5]], np.float32), (n, 1))
    d = np.concatenate([np.random.uniform(-0.1, 0.1, (n, 2)), -np.ones((n, 1))], axis=1).astype(np.float32)
    d /= np.linalg.norm(d, axis=-1, keepdims=True)
    return WhileSphereTracer(), (Tensor(rays_o), Tensor(d))
