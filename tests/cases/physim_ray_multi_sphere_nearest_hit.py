# case: ray casting against several spheres, nearest hit chosen with argmin and gather_elements over a fixed-size hit table -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RaySphereIntersect(nn.Cell):
    def __init__(self, eps=1e-4, inf=1e4):
        super().__init__()
        self.eps = eps
        self.inf = inf

    def construct(self, o, d, centers, radii):
        # o, d: (R, 3); centers: (S, 3); radii: (S,)
        oc = ops.expand_dims(o, 1) - ops.expand_dims(centers, 0)
        b = (oc * ops.expand_dims(d, 1)).sum(-1)
        c = (oc * oc).sum(-1) - radii * radii
        disc = b * b - c
        sq = ops.sqrt(ops.relu(disc))
        t0 = -b - sq
        t1 = -b + sq
        t = ops.where(t0 > self.eps, t0, t1)
        valid = ops.logical_and(disc > 0, t > self.eps)
        return ops.where(valid, t, ops.full_like(t, self.inf))


class NearestHitShader(nn.Cell):
    def __init__(self, num_spheres=3, background=0.05):
        super().__init__()
        self.intersect = RaySphereIntersect()
        self.background = background
        rng = np.random.RandomState(0)
        self.albedo = Tensor(rng.rand(num_spheres, 3).astype(np.float32))

    def construct(self, o, d, centers, radii):
        t = self.intersect(o, d, centers, radii)
        idx = ops.argmin(t, -1, keepdims=True)
        t_near = ops.gather_elements(t, 1, idx).squeeze(-1)
        color = ops.gather(self.albedo, idx.squeeze(-1), 0)
        hit = ops.expand_dims(t_near < 1e3, -1)
        shade = color / (1.0 + 0.1 * ops.expand_dims(t_near, -1))
        return ops.where(hit, shade, ops.full_like(shade, self.background))


def make():
    np.random.seed(12)
    r = 20
    d = np.random.randn(r, 3).astype(np.float32) * 0.2
    d[:, 2] = 1.0
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    centers = np.array([[0, 0, 4], [0.6, 0.2, 5], [-0.5, -0.3, 3.5]], np.float32)
    radii = np.array([0.5, 0.6, 0.3], np.float32)
    return NearestHitShader(), (Tensor(np.zeros_like(d)), Tensor(d), Tensor(centers), Tensor(radii))
