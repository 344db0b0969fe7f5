# case: volume renderer subclass calls super().construct for alpha compositing via exclusive cumprod and adds white background and depth outputs by flags -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VRConfig:
    def __init__(self, white_bkgd=True, return_depth=True, raw_noise_std=0.0):
        self.white_bkgd = white_bkgd
        self.return_depth = return_depth
        self.raw_noise_std = raw_noise_std


class AlphaCompositor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.raw_noise_std = config.raw_noise_std

    def construct(self, sigma, rgb, z_vals):
        deltas = z_vals[..., 1:] - z_vals[..., :-1]
        deltas = ops.concat((deltas, ops.full_like(deltas[..., :1], 1e10)), axis=-1)
        if self.raw_noise_std > 0.0 and self.training:
            sigma = sigma + ops.randn_like(sigma) * self.raw_noise_std
        alpha = 1.0 - ops.exp(-ops.relu(sigma) * deltas)
        trans = ops.cumprod(1.0 - alpha + 1e-10, dim=-1)
        trans = ops.concat((ops.ones_like(trans[..., :1]), trans[..., :-1]), axis=-1)
        weights = alpha * trans
        return (weights[..., None] * rgb).sum(axis=-2), weights


class VolumeRenderer(AlphaCompositor):
    def __init__(self, config):
        super().__init__(config)
        self.white_bkgd = config.white_bkgd
        self.return_depth = config.return_depth

    def construct(self, sigma, rgb, z_vals):
        color, weights = super().construct(sigma, rgb, z_vals)
        acc = weights.sum(axis=-1)
        if self.white_bkgd:
            color = color + (1.0 - acc[..., None])
        outputs = (color, acc)
        if self.return_depth:
            outputs += ((weights * z_vals).sum(axis=-1) / (acc + 1e-6),)
        return outputs


def make():
    np.random.seed(115)
    sigma = np.random.rand(16, 20).astype(np.float32) * 3
    rgb = np.random.rand(16, 20, 3).astype(np.float32)
    z = np.sort(np.random.uniform(2, 6, (16, 20)), -1).astype(np.float32)
    return VolumeRenderer(VRConfig()), (Tensor(sigma), Tensor(rgb), Tensor(z))
