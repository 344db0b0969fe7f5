# case: VAE KL with free bits keeping only latent dims above the threshold via boolean indexing -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaussianEncoder(nn.Cell):
    def __init__(self, in_dim=20, latent=6):
        super().__init__()
        self.hidden = nn.Dense(in_dim, 32, activation="relu")
        self.mu = nn.Dense(32, latent)
        self.logvar = nn.Dense(32, latent)

    def construct(self, x):
        h = self.hidden(x)
        return self.mu(h), self.logvar(h)


class FreeBitsKL(nn.Cell):
    def __init__(self, encoder, free_bits=0.05):
        super().__init__()
        self.encoder = encoder
        self.free_bits = free_bits

    def kl_per_dim(self, mu, logvar):
        return (-0.5 * (1 + logvar - mu ** 2 - ops.exp(logvar))).mean(axis=0)

    def construct(self, x):
        mu, logvar = self.encoder(x)
        kl = self.kl_per_dim(mu, logvar)
        active = kl[kl > self.free_bits]
        return active.sum(), kl


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 20).astype(np.float32))
    return FreeBitsKL(GaussianEncoder()), (x,)
