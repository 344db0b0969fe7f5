# case: rim-diameter estimator for sherd profiles wraps a matrix solve in try/except to fall back to a default radius -> error because try/except is not supported in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RimCircleFit(nn.Cell):
    def __init__(self, default_radius=10.0):
        super().__init__()
        self.default_radius = default_radius

    def fit(self, pts):
        x = pts[:, 0]
        y = pts[:, 1]
        a = ops.stack((x, y, ops.ones_like(x)), axis=1)
        b = -(x * x + y * y)
        ata = ops.matmul(a.T, a)
        atb = ops.matmul(a.T, b.reshape(-1, 1))
        sol = ops.matmul(ops.inverse(ata), atb).reshape(-1)
        cx, cy = -sol[0] / 2, -sol[1] / 2
        return ops.sqrt(cx * cx + cy * cy - sol[2])

    def construct(self, pts):
        try:
            radius = self.fit(pts)
        except ValueError:
            radius = Tensor(self.default_radius, ms.float32)
        return 2.0 * radius


def make():
    np.random.seed(9)
    theta = np.linspace(0.2, 1.2, 12)
    pts = np.stack([8 * np.cos(theta), 8 * np.sin(theta)], axis=1) + np.random.randn(12, 2) * 0.05
    return RimCircleFit(), (Tensor(pts.astype(np.float32)),)
