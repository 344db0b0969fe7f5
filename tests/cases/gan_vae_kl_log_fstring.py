# case: conditional VAE that logs the KL value with an f-string of float(tensor) with a format spec inside construct -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConditionalVAE(nn.Cell):
    def __init__(self, in_dim=10, n_classes=3, z_dim=4, hidden=16, verbose=True):
        super().__init__()
        self.n_classes = n_classes
        self.enc = nn.SequentialCell([nn.Dense(in_dim + n_classes, hidden), nn.Tanh()])
        self.to_mu = nn.Dense(hidden, z_dim)
        self.to_logvar = nn.Dense(hidden, z_dim)
        self.dec = nn.SequentialCell([nn.Dense(z_dim + n_classes, hidden), nn.Tanh(),
                                      nn.Dense(hidden, in_dim)])
        self.verbose = verbose

    def onehot(self, y):
        return ops.one_hot(y, self.n_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))

    def construct(self, x, y):
        c = self.onehot(y)
        h = self.enc(ops.concat((x, c), axis=1))
        mu, logvar = self.to_mu(h), self.to_logvar(h)
        z = mu + ops.exp(0.5 * logvar) * ops.randn_like(mu)
        recon = self.dec(ops.concat((z, c), axis=1))
        kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(axis=1).mean()
        rec = ((recon - x) ** 2).mean()
        if self.verbose:
            print(f"kl={float(kl):.4f} rec={float(rec):.4f}")
        return recon, rec + kl


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 10).astype(np.float32))
    y = Tensor(np.array([0, 2, 1, 2], np.int32))
    return ConditionalVAE(), (x, y)
