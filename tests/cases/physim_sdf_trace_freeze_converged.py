# case: fixed-iteration sphere tracing of a union of SDF spheres that freezes converged rays with ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SphereUnionSDF(nn.Cell):
    def __init__(self, centers, radii, smooth_k=0.0):
        super().__init__()
        self.centers = Tensor(np.asarray(centers, np.float32))
        self.radii = Tensor(np.asarray(radii, np.float32))
        self.smooth_k = smooth_k

    def construct(self, p):
        d = ops.norm(ops.expand_dims(p, -2) - self.centers, dim=-1) - self.radii
        if self.smooth_k > 0:
            return -self.smooth_k * ops.logsumexp(-d / self.smooth_k, -1)
        return ops.amin(d, -1)


class MaskedSphereTracer(nn.Cell):
    def __init__(self, max_steps=20, tol=1e-3, far=8.0):
        super().__init__()
        self.sdf = SphereUnionSDF([[0.0, 0.0, 3.0], [0.8, 0.3, 4.0]], [0.7, 0.5])
        self.max_steps = max_steps
        self.tol = tol
        self.far = far

    def construct(self, origins, dirs):
        t = ops.zeros(origins.shape[:-1], ms.float32)
        done = ops.zeros(origins.shape[:-1], ms.bool_)
        for _ in range(self.max_steps):
            d = self.sdf(origins + ops.expand_dims(t, -1) * dirs)
            done = ops.logical_or(done, ops.logical_or(d < self.tol, t > self.far))
            t = ops.where(done, t, t + d)
        hit = ops.logical_and(done, t <= self.far)
        return ops.where(hit, t, ops.full_like(t, self.far)), hit.astype(ms.float32).mean()


def make():
    g = np.linspace(-0.4, 0.4, 6, dtype=np.float32)
    xs, ys = np.meshgrid(g, g)
    dirs = np.stack([xs, ys, np.ones_like(xs)], -1)
    dirs = (dirs / np.linalg.norm(dirs, axis=-1, keepdims=True)).astype(np.float32)
    return MaskedSphereTracer(), (Tensor(np.zeros_like(dirs)), Tensor(dirs))
