# case: sphere tracing in a while loop that stops when the largest SDF residual is under tolerance; loop carries fixed shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxSDF(nn.Cell):
    def __init__(self, half_extent=(0.5, 0.5, 0.5), center=(0.0, 0.0, 3.0)):
        super().__init__()
        self.b = Tensor(np.array(half_extent, np.float32))
        self.c = Tensor(np.array(center, np.float32))

    def construct(self, p):
        q = ops.abs(p - self.c) - self.b
        outside = ops.norm(ops.relu(q), dim=-1)
        inside = ops.clamp(ops.amax(q, -1), max=0.0)
        return outside + inside


class ResidualMarcher(nn.Cell):
    def __init__(self, tol=1e-3, max_iters=64, far=6.0):
        super().__init__()
        self.sdf = BoxSDF()
        self.tol = tol
        self.max_iters = max_iters
        self.far = far

    def construct(self, origins, dirs):
        t = ops.zeros(origins.shape[:-1], ms.float32)
        d = self.sdf(origins)
        it = 0
        while it < self.max_iters and ops.amax(ops.where(t < self.far, d, ops.zeros_like(d))) > self.tol:
            t = ops.where(t < self.far, t + d, t)
            d = self.sdf(origins + ops.expand_dims(t, -1) * dirs)
            it += 1
        return t, it


def make():
    g = np.linspace(-0.3, 0.3, 5, dtype=np.float32)
    xs, ys = np.meshgrid(g, g)
    dirs = np.stack([xs, ys, np.ones_like(xs)], -1).reshape(-1, 3)
    dirs = (dirs / np.linalg.norm(dirs, axis=-1, keepdims=True)).astype(np.float32)
    return ResidualMarcher(), (Tensor(np.zeros_like(dirs)), Tensor(dirs))
