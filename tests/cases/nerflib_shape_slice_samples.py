# case: hierarchical renderer splits merged z_vals into coarse and fine parts with lengths taken from shapes (int(z.shape[-1]) // ratio) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HierConfig:
    coarse_ratio = 2
    detach_coarse = True


def split_by_ratio(z_vals, ratio):
    n_total = int(z_vals.shape[-1])
    n_coarse = n_total // ratio
    return z_vals[..., :n_coarse], z_vals[..., n_coarse:]


class HierarchicalSplitter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ratio = config.coarse_ratio
        self.detach_coarse = config.detach_coarse

    def construct(self, z_vals, sigma):
        n_rays = int(z_vals.shape[0])
        z_c, z_f = split_by_ratio(z_vals, self.ratio)
        s_c, s_f = split_by_ratio(sigma, self.ratio)
        if self.detach_coarse:
            s_c = ops.stop_gradient(s_c)
        d_c = z_c[..., 1:] - z_c[..., :-1]
        d_f = z_f[..., 1:] - z_f[..., :-1]
        opacity_c = (s_c[..., :-1] * d_c).sum(axis=-1)
        opacity_f = (s_f[..., :-1] * d_f).sum(axis=-1)
        return ops.stack((opacity_c, opacity_f), axis=-1).reshape(n_rays, 2)


def make():
    np.random.seed(110)
    z = np.sort(np.random.uniform(2, 6, (14, 24)), axis=-1).astype(np.float32)
    s = np.random.rand(14, 24).astype(np.float32)
    return HierarchicalSplitter(HierConfig()), (Tensor(z), Tensor(s))
