# case: VAE encoder wraps mu/logvar in a plain Python class (no jit_class) created inside construct and reads its fields; expect error at STRICT, maybe ok at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Posterior:
    def __init__(self, mu, logvar):
        self.mu = mu
        self.logvar = logvar

    def kl(self):
        return -0.5 * (1 + self.logvar - self.mu ** 2 - ops.exp(self.logvar)).sum(-1)


class Net(nn.Cell):
    def __init__(self, in_dim=8, z_dim=2):
        super().__init__()
        self.enc = nn.Dense(in_dim, 2 * z_dim)
        self.dec = nn.Dense(z_dim, in_dim)
        self.z_dim = z_dim

    def construct(self, x):
        h = self.enc(x)
        post = Posterior(h[:, :self.z_dim], h[:, self.z_dim:])
        z = post.mu + ops.exp(0.5 * post.logvar)
        recon = self.dec(z)
        return ((recon - x) ** 2).sum(-1).mean() + post.kl().mean()


def make():
    return Net(), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
