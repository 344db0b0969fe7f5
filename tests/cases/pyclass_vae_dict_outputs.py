# case: VAE encoder packs mu/logvar into a Python dict in construct and a helper class with staticmethods computes the KL; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaussianOps:
    @staticmethod
    def kl(mu, logvar):
        return -0.5 * (1 + logvar - mu ** 2 - ops.exp(logvar)).sum(-1)

    @staticmethod
    def sample(mu, logvar, noise):
        return mu + ops.exp(0.5 * logvar) * noise


class Net(nn.Cell):
    def __init__(self, in_dim=8, z_dim=2, beta=1.0):
        super().__init__()
        self.enc = nn.Dense(in_dim, 2 * z_dim)
        self.dec = nn.Dense(z_dim, in_dim)
        self.z_dim = z_dim
        self.beta = beta

    def encode(self, x):
        h = self.enc(x)
        return {"mu": h[:, :self.z_dim], "logvar": h[:, self.z_dim:]}

    def construct(self, x, noise):
        post = self.encode(x)
        z = GaussianOps.sample(post["mu"], post["logvar"], noise)
        recon = self.dec(z)
        kl = GaussianOps.kl(post["mu"], post["logvar"])
        return ((recon - x) ** 2).sum(-1).mean() + self.beta * kl.mean()


def make():
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    noise = Tensor(np.random.randn(4, 2).astype(np.float32))
    return Net(), (x, noise)
