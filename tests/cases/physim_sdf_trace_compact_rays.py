# case: SDF sphere tracing that drops converged rays each step via boolean-mask indexing in a loop -> dynamic shape at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SphereSDF(nn.Cell):
    def __init__(self, center=(0.0, 0.0, 3.0), radius=1.0):
        super().__init__()
        self.center = Tensor(np.array(center, np.float32))
        self.radius = radius

    def construct(self, p):
        return ops.norm(p - self.center, dim=-1) - self.radius


class SphereTracer(nn.Cell):
    """Marches rays until the signed distance falls below a tolerance."""

    def __init__(self, max_steps=16, tol=1e-3, far=10.0):
        super().__init__()
        self.sdf = SphereSDF()
        self.max_steps = max_steps
        self.tol = tol
        self.far = far

    def construct(self, origins, dirs):
        t = ops.zeros(origins.shape[0], ms.float32)
        o, d, tt = origins, dirs, t
        hits = 0
        for _ in range(self.max_steps):
            p = o + ops.expand_dims(tt, -1) * d
            dist = self.sdf(p)
            hits = hits + (dist < self.tol).sum()
            active = ops.logical_and(dist >= self.tol, tt < self.far)
            o, d, tt = o[active], d[active], tt[active] + dist[active]
        return hits, tt.shape[0]


def make():
    np.random.seed(2)
    n = 32
    origins = Tensor(np.zeros((n, 3), np.float32))
    dirs = np.random.randn(n, 3).astype(np.float32) * 0.3
    dirs[:, 2] = 1.0
    dirs /= np.linalg.norm(dirs, axis=1, keepdims=True)
    return SphereTracer(), (origins, Tensor(dirs))
