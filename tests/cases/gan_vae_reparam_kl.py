# case: MLP VAE encoder/decoder with reparameterisation trick, analytic KL and free-bits clamp from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def __init__(self, in_dim, hidden, z_dim):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU()])
        self.mu = nn.Dense(hidden, z_dim)
        self.logvar = nn.Dense(hidden, z_dim)

    def construct(self, x):
        h = self.body(x)
        return self.mu(h), self.logvar(h)


class VAE(nn.Cell):
    def __init__(self, in_dim=16, hidden=32, z_dim=4, free_bits=0.1, beta=1.0):
        super().__init__()
        self.encoder = Encoder(in_dim, hidden, z_dim)
        self.decoder = nn.SequentialCell([nn.Dense(z_dim, hidden), nn.ReLU(), nn.Dense(hidden, in_dim)])
        self.free_bits = free_bits
        self.beta = beta

    def reparameterize(self, mu, logvar):
        std = ops.exp(0.5 * logvar)
        eps = ops.randn_like(std)
        return mu + eps * std

    def kl_term(self, mu, logvar):
        kl = -0.5 * (1 + logvar - mu ** 2 - ops.exp(logvar))
        kl_dim = kl.mean(axis=0)
        if self.free_bits > 0:
            kl_dim = ops.maximum(kl_dim, self.free_bits)
        return kl_dim.sum()

    def construct(self, x):
        mu, logvar = self.encoder(x)
        z = self.reparameterize(mu, logvar)
        recon = self.decoder(z)
        rec_loss = ((recon - x) ** 2).sum(axis=1).mean()
        return recon, rec_loss + self.beta * self.kl_term(mu, logvar)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return VAE(), (x,)
