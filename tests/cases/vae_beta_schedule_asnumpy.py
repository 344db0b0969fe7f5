# case: beta-VAE loss reads its beta weight from a Parameter via .asnumpy() and float() inside construct; expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MLPVAE(nn.Cell):
    def __init__(self, d=12, z=3):
        super().__init__()
        self.enc = nn.Dense(d, 2 * z)
        self.dec = nn.SequentialCell([nn.Dense(z, 16), nn.ReLU(), nn.Dense(16, d)])
        self.z = z

    def construct(self, x):
        stats = self.enc(x)
        mu, lv = stats[:, :self.z], stats[:, self.z:]
        z = mu + ops.exp(0.5 * lv) * ops.randn_like(mu)
        return self.dec(z), mu, lv


class BetaLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.vae = MLPVAE()
        self.beta = Parameter(Tensor(0.5, ms.float32), name="beta", requires_grad=False)

    def construct(self, x):
        recon, mu, lv = self.vae(x)
        rec = ((recon - x) ** 2).sum(axis=-1).mean()
        kl = (-0.5 * (1 + lv - mu * mu - ops.exp(lv)).sum(axis=-1)).mean()
        beta = float(self.beta.asnumpy())
        if beta < 1e-3:
            return rec
        return rec + beta * kl


def make():
    return BetaLoss(), (Tensor(np.random.randn(6, 12).astype(np.float32)),)
