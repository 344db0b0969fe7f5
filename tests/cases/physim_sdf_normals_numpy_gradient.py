# case: SDF surface shading that computes normals with np.gradient on the tensor depth map inside construct -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TorusSDF(nn.Cell):
    def __init__(self, major=1.0, minor=0.35):
        super().__init__()
        self.major = major
        self.minor = minor

    def construct(self, p):
        q_x = ops.sqrt(p[..., 0] ** 2 + p[..., 2] ** 2) - self.major
        return ops.sqrt(q_x ** 2 + p[..., 1] ** 2) - self.minor


class DepthShader(nn.Cell):
    def __init__(self, steps=24, tol=1e-3):
        super().__init__()
        self.sdf = TorusSDF()
        self.steps = steps
        self.tol = tol

    def construct(self, origins, dirs):
        t = ops.zeros(origins.shape[:-1], ms.float32)
        for _ in range(self.steps):
            d = self.sdf(origins + ops.expand_dims(t, -1) * dirs)
            t = t + ops.where(d > self.tol, d, ops.zeros_like(d))
        depth = ops.clamp(t, max=10.0)
        gy, gx = np.gradient(depth)
        normal = np.stack([-gx, -gy, np.ones_like(gx)], -1)
        normal = Tensor(normal / np.linalg.norm(normal, axis=-1, keepdims=True))
        return depth, normal


def make():
    h = w = 8
    g = np.linspace(-0.6, 0.6, w, dtype=np.float32)
    xs, ys = np.meshgrid(g, g)
    dirs = np.stack([xs, ys - 0.6, np.ones_like(xs)], -1)
    dirs = (dirs / np.linalg.norm(dirs, axis=-1, keepdims=True)).astype(np.float32)
    origins = np.broadcast_to(np.array([0.0, 1.2, -3.0], np.float32), dirs.shape).copy()
    return DepthShader(), (Tensor(origins), Tensor(dirs))
