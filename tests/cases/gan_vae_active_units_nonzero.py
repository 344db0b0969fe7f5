# case: VAE that counts active latent units with ops.nonzero on per-dim KL above a threshold and decodes only those dims -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaussianVAE(nn.Cell):
    def __init__(self, in_dim=12, z_dim=6, active_threshold=0.01, prune_inactive=True):
        super().__init__()
        self.enc = nn.Dense(in_dim, 2 * z_dim)
        self.dec = nn.Dense(z_dim, in_dim)
        self.z_dim = z_dim
        self.active_threshold = active_threshold
        self.prune_inactive = prune_inactive

    def split_stats(self, h):
        mu, logvar = ops.split(h, self.z_dim, axis=1)
        return mu, ops.clamp(logvar, -6.0, 6.0)

    def kl_per_dim(self, mu, logvar):
        return (-0.5 * (1 + logvar - mu * mu - ops.exp(logvar))).mean(axis=0)

    def construct(self, x):
        mu, logvar = self.split_stats(self.enc(x))
        z = mu + ops.exp(0.5 * logvar) * ops.randn_like(mu)
        kl = self.kl_per_dim(mu, logvar)
        if self.prune_inactive:
            active = ops.nonzero(kl > self.active_threshold).reshape(-1)
            keep = ops.zeros_like(kl)
            keep = ops.tensor_scatter_elements(keep, active, ops.ones_like(active).astype(ms.float32), axis=0)
            z = z * keep
        n_active = (kl > self.active_threshold).astype(ms.int32).sum()
        return self.dec(z), kl.sum(), n_active


def make():
    np.random.seed(0)
    ms.set_seed(0)
    x = Tensor(np.random.randn(5, 12).astype(np.float32))
    return GaussianVAE(), (x,)
