# case: conditional VAE returning a dict of reconstruction, KL and total loss with a string-keyed beta config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CVAE(nn.Cell):
    def __init__(self, x_dim=12, num_classes=3, latent=4, loss_cfg=None):
        super().__init__()
        cfg = loss_cfg or {"beta": 0.5, "recon": "mse"}
        self.beta = cfg["beta"]
        self.recon_type = cfg["recon"]
        self.num_classes = num_classes
        self.enc = nn.Dense(x_dim + num_classes, 2 * latent)
        self.dec = nn.SequentialCell(nn.Dense(latent + num_classes, 16), nn.ReLU(), nn.Dense(16, x_dim))
        self.latent = latent

    def onehot(self, y):
        return ops.one_hot(y, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))

    def construct(self, x, y, eps):
        c = self.onehot(y)
        stats = self.enc(ops.concat((x, c), axis=1))
        mu, logvar = ops.split(stats, self.latent, axis=1)
        z = mu + ops.exp(0.5 * logvar) * eps
        recon = self.dec(ops.concat((z, c), axis=1))
        if self.recon_type == "mse":
            rec = ((recon - x) ** 2).sum(axis=1).mean()
        else:
            rec = ops.abs(recon - x).sum(axis=1).mean()
        kl = (-0.5 * (1 + logvar - mu ** 2 - ops.exp(logvar)).sum(axis=1)).mean()
        return {"recon": rec, "kl": kl, "loss": rec + self.beta * kl}


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 12).astype(np.float32))
    y = Tensor(np.array([0, 2, 1, 2], np.int32))
    eps = Tensor(np.random.randn(4, 4).astype(np.float32))
    return CVAE(), (x, y, eps)
