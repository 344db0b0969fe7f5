# case: margin fitting refines the preparation-finish-line radius with a Newton loop that runs a fixed Python number of iterations (while i < n_iter) -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FinishLineCircleFit(nn.Cell):
    def __init__(self, n_iter=5):
        super().__init__()
        self.n_iter = n_iter

    def residual(self, pts, center, r):
        d = ops.norm(pts - center, dim=-1)
        return d - r

    def construct(self, margin_pts):
        center = margin_pts.mean(axis=0)
        r = ops.norm(margin_pts - center, dim=-1).mean() * 0.8
        i = 0
        while i < self.n_iter:
            res = self.residual(margin_pts, center, r)
            r = r + res.mean()
            i += 1
        return center, r


def make():
    np.random.seed(340)
    t = np.linspace(0, 2 * np.pi, 72, endpoint=False)
    pts = np.stack([4.8 * np.cos(t), 4.8 * np.sin(t)], 1).astype(np.float32)
    pts += np.random.randn(72, 2).astype(np.float32) * 0.05
    return FinishLineCircleFit(), (Tensor(pts),)
