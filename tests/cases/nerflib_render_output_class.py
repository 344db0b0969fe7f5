# case: NeRF model returns a plain Python RenderOutput object (rgb, depth, acc) when return_dict is on (the config default) -> plain class instance created and returned in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class NeRFConfig:
    def __init__(self, hidden=32, n_samples=8, near=2.0, far=6.0, return_dict=True):
        self.hidden = hidden
        self.n_samples = n_samples
        self.near = near
        self.far = far
        self.return_dict = return_dict


class RenderOutput:
    def __init__(self, rgb, depth, acc=None):
        self.rgb = rgb
        self.depth = depth
        self.acc = acc


class TinyNeRF(nn.Cell):
    def __init__(self, config, head: Optional[nn.Cell] = None):
        super().__init__()
        self.n_samples = config.n_samples
        self.near, self.far = config.near, config.far
        self.return_dict = config.return_dict
        self.trunk = nn.SequentialCell([nn.Dense(3, config.hidden), nn.ReLU()])
        self.head = head if head is not None else nn.Dense(config.hidden, 4)

    def construct(self, rays_o, rays_d):
        z = ops.linspace(self.near, self.far, self.n_samples)
        pts = rays_o[:, None] + rays_d[:, None] * z[None, :, None]
        raw = self.head(self.trunk(pts))
        alpha = 1.0 - ops.exp(-ops.relu(raw[..., 3]) * (self.far - self.near) / self.n_samples)
        trans = ops.cumprod(1.0 - alpha + 1e-10, dim=-1) / (1.0 - alpha + 1e-10)
        w = alpha * trans
        rgb = (w[..., None] * ops.sigmoid(raw[..., :3])).sum(axis=1)
        depth = (w * z).sum(axis=-1)
        if not self.return_dict:
            return rgb, depth, w.sum(axis=-1)
        return RenderOutput(rgb, depth, acc=w.sum(axis=-1))


def make():
    np.random.seed(31)
    o = np.zeros((10, 3), np.float32)
    d = np.random.randn(10, 3).astype(np.float32)
    return TinyNeRF(NeRFConfig()), (Tensor(o), Tensor(d))
