# case: @ms.jit_class RenderConfig holding only Python scalars, constructed in __init__ and read in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RenderConfig:
    def __init__(self, near=2.0, far=6.0, n_samples=10, white_bkgd=True):
        self.near = near
        self.far = far
        self.n_samples = n_samples
        self.white_bkgd = white_bkgd


class ConfiguredRenderer(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else RenderConfig()
        self.field = nn.SequentialCell([nn.Dense(3, 16), nn.ReLU(), nn.Dense(16, 4)])

    def construct(self, rays_o, rays_d):
        n = self.cfg.n_samples
        z = ops.linspace(self.cfg.near, self.cfg.far, n)
        pts = rays_o[:, None, :] + rays_d[:, None, :] * z[None, :, None]
        raw = self.field(pts.reshape(-1, 3)).reshape(rays_o.shape[0], n, 4)
        delta = (self.cfg.far - self.cfg.near) / (n - 1)
        alpha = 1.0 - ops.exp(-ops.relu(raw[..., 0]) * delta)
        trans = ops.cumprod(1.0 - alpha + 1e-10, dim=-1) / (1.0 - alpha + 1e-10)
        w = alpha * trans
        rgb = (w[..., None] * ops.sigmoid(raw[..., 1:])).sum(axis=1)
        if self.cfg.white_bkgd:
            rgb = rgb + (1.0 - w.sum(axis=1, keepdims=True))
        return rgb


def make():
    np.random.seed(24)
    o = Tensor(np.random.randn(4, 3).astype(np.float32))
    d = Tensor(np.random.randn(4, 3).astype(np.float32))
    return ConfiguredRenderer(), (o, d)
