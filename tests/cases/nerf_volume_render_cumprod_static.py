# case: classic NeRF raw2outputs: alpha from sigma*delta, exclusive cumprod transmittance, rgb/depth/acc maps, optional white bkgd -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VolumeRenderer(nn.Cell):
    def __init__(self, white_bkgd=False, raw_noise_std=0.0, far_delta=1e10):
        super().__init__()
        self.white_bkgd = white_bkgd
        self.raw_noise_std = raw_noise_std
        self.far_delta = far_delta

    def compute_weights(self, sigma, z_vals, rays_d):
        dists = z_vals[..., 1:] - z_vals[..., :-1]
        dists = ops.concat([dists, ops.full_like(dists[..., :1], self.far_delta)], axis=-1)
        dists = dists * ops.norm(rays_d[..., None, :], dim=-1)
        if self.raw_noise_std > 0:
            sigma = sigma + ops.randn(sigma.shape) * self.raw_noise_std
        alpha = 1.0 - ops.exp(-ops.relu(sigma) * dists)
        trans = ops.cumprod(ops.concat([ops.ones_like(alpha[..., :1]), 1.0 - alpha + 1e-10], axis=-1), dim=-1)
        return alpha * trans[..., :-1]

    def construct(self, rgb, sigma, z_vals, rays_d):
        weights = self.compute_weights(sigma, z_vals, rays_d)
        rgb_map = (weights[..., None] * rgb).sum(axis=-2)
        depth_map = (weights * z_vals).sum(axis=-1)
        acc_map = weights.sum(axis=-1)
        disp_map = 1.0 / ops.maximum(1e-10 * ops.ones_like(depth_map), depth_map / ops.maximum(acc_map, 1e-10))
        if self.white_bkgd:
            rgb_map = rgb_map + (1.0 - acc_map[..., None])
        return rgb_map, depth_map, acc_map, disp_map, weights


def make():
    np.random.seed(10)
    r, s = 6, 12
    rgb = Tensor(np.random.rand(r, s, 3).astype(np.float32))
    sigma = Tensor(np.random.rand(r, s).astype(np.float32) * 5)
    z = Tensor(np.sort(np.random.uniform(2, 6, (r, s)), axis=-1).astype(np.float32))
    d = Tensor(np.random.randn(r, 3).astype(np.float32))
    return VolumeRenderer(white_bkgd=True), (rgb, sigma, z, d)
