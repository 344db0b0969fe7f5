# case: renderer keeps an @ms.jit_class render config (near, far, n_samples) on self and only reads it in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RenderSettings:
    def __init__(self, near=2.0, far=6.0, n_samples=10, white_bkgd=True):
        self.near = near
        self.far = far
        self.n_samples = n_samples
        self.white_bkgd = white_bkgd


class SettingsRenderer(nn.Cell):
    def __init__(self, settings=None, hidden=16):
        super().__init__()
        self.settings = settings if settings is not None else RenderSettings()
        self.net = nn.SequentialCell([nn.Dense(3, hidden), nn.ReLU(), nn.Dense(hidden, 4)])

    def construct(self, rays_o, rays_d):
        cfg = self.settings
        z = ops.linspace(cfg.near, cfg.far, cfg.n_samples)
        pts = rays_o[:, None] + rays_d[:, None] * z[None, :, None]
        raw = self.net(pts)
        alpha = 1.0 - ops.exp(-ops.relu(raw[..., 3]) * (cfg.far - cfg.near) / cfg.n_samples)
        trans = ops.cumprod(ops.concat((ops.ones_like(alpha[:, :1]), 1.0 - alpha[:, :-1]), -1), dim=-1)
        w = alpha * trans
        rgb = (w[..., None] * ops.sigmoid(raw[..., :3])).sum(axis=1)
        if cfg.white_bkgd:
            rgb = rgb + 1.0 - w.sum(axis=-1, keepdims=True)
        return rgb


def make():
    np.random.seed(111)
    o = np.random.randn(9, 3).astype(np.float32)
    d = np.random.randn(9, 3).astype(np.float32)
    return SettingsRenderer(), (Tensor(o), Tensor(d))
