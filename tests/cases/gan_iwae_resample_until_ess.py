# case: importance-weighted VAE that keeps drawing latent samples in a while loop on the tensor effective-sample-size and concatenates them -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IWAESampler(nn.Cell):
    def __init__(self, in_dim=6, z_dim=3, min_ess=4.0, max_samples=16):
        super().__init__()
        self.enc = nn.Dense(in_dim, 2 * z_dim)
        self.dec = nn.Dense(z_dim, in_dim)
        self.z_dim = z_dim
        self.min_ess = min_ess
        self.max_samples = max_samples

    def log_weight(self, x, mu, logvar, z):
        recon = self.dec(z)
        log_px = -((recon - x) ** 2).sum(axis=-1)
        log_pz = -0.5 * (z ** 2).sum(axis=-1)
        log_qz = -0.5 * (((z - mu) ** 2) / ops.exp(logvar) + logvar).sum(axis=-1)
        return log_px + log_pz - log_qz

    def construct(self, x):
        mu, logvar = ops.split(self.enc(x), self.z_dim, axis=-1)
        z = mu + ops.exp(0.5 * logvar) * ops.randn_like(mu)
        logw = self.log_weight(x, mu, logvar, z).expand_dims(0)
        w = ops.softmax(logw, axis=0)
        ess = 1.0 / (w ** 2).sum(axis=0).mean()
        while ess < self.min_ess and logw.shape[0] < self.max_samples:
            z = mu + ops.exp(0.5 * logvar) * ops.randn_like(mu)
            logw = ops.concat((logw, self.log_weight(x, mu, logvar, z).expand_dims(0)), axis=0)
            w = ops.softmax(logw, axis=0)
            ess = 1.0 / (w ** 2).sum(axis=0).mean()
        bound = ops.logsumexp(logw, 0) - ops.log(Tensor(logw.shape[0], ms.float32))
        return -bound.mean()


def make():
    np.random.seed(0)
    ms.set_seed(0)
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return IWAESampler(), (x,)
