# case: sphere tracing that compacts the set of still-active rays each step with boolean indexing (work shrinks per iteration) -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TorusSDF(nn.Cell):
    def __init__(self, major=0.6, minor=0.2):
        super().__init__()
        self.major = major
        self.minor = minor

    def construct(self, p):
        q_xy = ops.sqrt(p[:, 0] ** 2 + p[:, 2] ** 2) - self.major
        return ops.sqrt(q_xy ** 2 + p[:, 1] ** 2) - self.minor


class CompactingTracer(nn.Cell):
    def __init__(self, n_steps=12, eps=1e-3):
        super().__init__()
        self.sdf = TorusSDF()
        self.n_steps = n_steps
        self.eps = eps

    def construct(self, rays_o, rays_d):
        t = ops.zeros((rays_o.shape[0],), ms.float32)
        ray_ids = ops.arange(rays_o.shape[0])
        for _ in range(self.n_steps):
            d = self.sdf(rays_o[ray_ids] + t[ray_ids][:, None] * rays_d[ray_ids])
            t = ops.tensor_scatter_add(t, ray_ids[:, None], d)
            ray_ids = ray_ids[d > self.eps]
        return t


def make():
    np.random.seed(20)
    n = 16
    rays_o = np.tile(np.array([[0.0, 0.1, 2.0]], np.float32), (n, 1))
    d = np.concatenate([np.random.uniform(-0.4, 0.4, (n, 2)), -np.ones((n, 1))], axis=1).astype(np.float32)
    d /= np.linalg.norm(d, axis=-1, keepdims=True)
    return CompactingTracer(), (Tensor(rays_o), Tensor(d))
