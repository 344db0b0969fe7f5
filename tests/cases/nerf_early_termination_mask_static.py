# case: early ray termination expressed as a transmittance mask multiplied into the weights (no shape change), bg color None-guard -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedCompositor(nn.Cell):
    def __init__(self, trans_eps=1e-4, bg_color=None):
        super().__init__()
        self.trans_eps = trans_eps
        self.bg_color = None if bg_color is None else Tensor(np.array(bg_color, np.float32))

    def construct(self, rgb, alpha, z_vals):
        shifted = ops.concat([ops.ones_like(alpha[:, :1]), 1.0 - alpha[:, :-1] + 1e-10], axis=-1)
        trans = ops.cumprod(shifted, dim=-1)
        alive = ops.select(trans > self.trans_eps, ops.ones_like(trans), ops.zeros_like(trans))
        weights = alpha * trans * alive
        color = (weights[..., None] * rgb).sum(axis=1)
        depth = (weights * z_vals).sum(axis=1)
        opacity = weights.sum(axis=1)
        if self.bg_color is not None:
            color = color + self.bg_color * (1.0 - opacity[:, None])
        n_steps = alive.sum(axis=1)
        return color, depth, opacity, n_steps


def make():
    np.random.seed(12)
    rgb = Tensor(np.random.rand(8, 20, 3).astype(np.float32))
    alpha = Tensor((np.random.rand(8, 20) * 0.6).astype(np.float32))
    z = Tensor(np.sort(np.random.uniform(1, 4, (8, 20)), axis=-1).astype(np.float32))
    return MaskedCompositor(bg_color=(1.0, 1.0, 1.0)), (rgb, alpha, z)
