# case: front-to-back compositing that truncates all rays at the last sample any ray still needs (max over first index with T<eps) -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TruncatedCompositor(nn.Cell):
    """Saves work by dropping the tail of samples every ray has already saturated."""

    def __init__(self, trans_eps=1e-3, bg_value=0.0):
        super().__init__()
        self.trans_eps = trans_eps
        self.bg_value = bg_value

    def transmittance(self, alpha):
        shifted = ops.concat([ops.ones_like(alpha[:, :1]), 1.0 - alpha[:, :-1]], axis=-1)
        return ops.cumprod(shifted, dim=-1)

    def cutoff(self, trans):
        alive = (trans > self.trans_eps).astype(ms.int32)
        n_alive = alive.sum(axis=-1)
        return n_alive.max()

    def construct(self, rgb, alpha, z_vals):
        trans = self.transmittance(alpha)
        last = self.cutoff(trans)
        w = (alpha * trans)[:, :last]
        color = (w[..., None] * rgb[:, :last]).sum(axis=1)
        depth = (w * z_vals[:, :last]).sum(axis=1)
        opacity = w.sum(axis=1)
        color = color + self.bg_value * (1.0 - opacity[:, None])
        return color, depth, opacity


def make():
    np.random.seed(11)
    rgb = Tensor(np.random.rand(8, 20, 3).astype(np.float32))
    alpha = Tensor((np.random.rand(8, 20) * 0.6).astype(np.float32))
    z = Tensor(np.sort(np.random.uniform(1, 4, (8, 20)), axis=-1).astype(np.float32))
    return TruncatedCompositor(), (rgb, alpha, z)
