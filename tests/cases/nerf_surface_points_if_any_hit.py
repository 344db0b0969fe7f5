# case: after sphere tracing, shading normals are computed only for hit rays when any ray hit (boolean-indexed points inside a tensor-valued if) -> dynamic shape at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SDFShader(nn.Cell):
    def __init__(self, radius=0.5, eps=1e-3, n_steps=16, fd_eps=1e-3):
        super().__init__()
        self.radius = radius
        self.eps = eps
        self.n_steps = n_steps
        self.fd = Tensor(np.eye(3, dtype=np.float32) * fd_eps)

    def sdf(self, p):
        return ops.norm(p, dim=-1) - self.radius

    def normals(self, p):
        dx = self.sdf(p[:, None, :] + self.fd) - self.sdf(p[:, None, :] - self.fd)
        return dx / ops.norm(dx, dim=-1, keepdim=True)

    def trace(self, rays_o, rays_d):
        t = ops.zeros((rays_o.shape[0],), ms.float32)
        for _ in range(self.n_steps):
            t = t + self.sdf(rays_o + t[:, None] * rays_d)
        return t

    def construct(self, rays_o, rays_d, light_dir):
        t = self.trace(rays_o, rays_d)
        pts = rays_o + t[:, None] * rays_d
        hit = ops.abs(self.sdf(pts)) < self.eps
        shade = ops.zeros((0,), ms.float32)
        if hit.any():
            n = self.normals(pts[hit])
            shade = ops.relu((n * light_dir).sum(axis=-1))
        return t, shade


def make():
    np.random.seed(36)
    n = 10
    rays_o = np.tile(np.array([[0.0, 0.0, 2.0]], np.float32), (n, 1))
    d = np.concatenate([np.random.uniform(-0.4, 0.4, (n, 2)), -np.ones((n, 1))], axis=1).astype(np.float32)
    d /= np.linalg.norm(d, axis=-1, keepdims=True)
    light = Tensor(np.array([0.0, 0.0, 1.0], np.float32))
    return SDFShader(), (Tensor(rays_o), Tensor(d), light)
