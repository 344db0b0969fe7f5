# case: stratified sampling of depths between near/far with optional jitter and linear-disparity mode -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StratifiedSampler(nn.Cell):
    def __init__(self, n_samples=16, perturb=True, lindisp=False):
        super().__init__()
        self.n_samples = n_samples
        self.perturb = perturb
        self.lindisp = lindisp
        self.t_vals = Tensor(np.linspace(0.0, 1.0, n_samples).astype(np.float32))

    def jitter(self, z_vals):
        mids = 0.5 * (z_vals[..., 1:] + z_vals[..., :-1])
        upper = ops.concat([mids, z_vals[..., -1:]], axis=-1)
        lower = ops.concat([z_vals[..., :1], mids], axis=-1)
        u = ops.rand(z_vals.shape, dtype=ms.float32)
        return lower + (upper - lower) * u

    def construct(self, rays_o, rays_d, near, far):
        if self.lindisp:
            z_vals = 1.0 / (1.0 / near * (1.0 - self.t_vals) + 1.0 / far * self.t_vals)
        else:
            z_vals = near * (1.0 - self.t_vals) + far * self.t_vals
        if self.perturb:
            z_vals = self.jitter(z_vals)
        pts = rays_o[:, None, :] + rays_d[:, None, :] * z_vals[..., :, None]
        return pts, z_vals


def make():
    np.random.seed(4)
    n_rays = 12
    rays_o = Tensor(np.random.randn(n_rays, 3).astype(np.float32))
    rays_d = Tensor(np.random.randn(n_rays, 3).astype(np.float32))
    near = Tensor(np.full((n_rays, 1), 2.0, np.float32))
    far = Tensor(np.full((n_rays, 1), 6.0, np.float32))
    return StratifiedSampler(), (rays_o, rays_d, near, far)
