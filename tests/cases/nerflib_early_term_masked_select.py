# case: volume renderer reports the mean weight of samples still alive (transmittance above threshold) through ops.masked_select when output_stats is on (default) -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VolumeConfig:
    def __init__(self, white_bkgd=True, output_stats=True, t_thresh=1e-3):
        self.white_bkgd = white_bkgd
        self.output_stats = output_stats
        self.t_thresh = t_thresh


def alpha_from_sigma(sigma, deltas):
    return 1.0 - ops.exp(-ops.relu(sigma) * deltas)


class VolumeRenderer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.white_bkgd = config.white_bkgd
        self.output_stats = config.output_stats
        self.t_thresh = config.t_thresh

    def _transmittance(self, alpha):
        ones = ops.ones_like(alpha[..., :1])
        return ops.cumprod(ops.concat((ones, 1.0 - alpha + 1e-10), axis=-1), dim=-1)[..., :-1]

    def _alive_stats(self, trans, weights):
        alive = trans > self.t_thresh
        return ops.masked_select(weights, alive).mean()

    def construct(self, sigma, rgb, z_vals):
        deltas = ops.concat((z_vals[..., 1:] - z_vals[..., :-1], ops.full_like(z_vals[..., :1], 1e10)), -1)
        alpha = alpha_from_sigma(sigma, deltas)
        trans = self._transmittance(alpha)
        weights = alpha * trans
        color = (weights[..., None] * rgb).sum(axis=-2)
        acc = weights.sum(axis=-1)
        if self.white_bkgd:
            color = color + (1.0 - acc[..., None])
        outputs = (color, acc)
        outputs = outputs + (self._alive_stats(trans, weights),) if self.output_stats else outputs
        return outputs


def make():
    np.random.seed(8)
    n, s = 16, 24
    sigma = np.random.rand(n, s).astype(np.float32) * 5
    rgb = np.random.rand(n, s, 3).astype(np.float32)
    z = np.tile(np.linspace(2, 6, s, dtype=np.float32), (n, 1))
    return VolumeRenderer(VolumeConfig()), (Tensor(sigma), Tensor(rgb), Tensor(z))
