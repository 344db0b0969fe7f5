# case: VAE loss cell anneals beta with a Python int step counter attribute mutated inside construct (self.step += 1); expect error at STRICT, LAX may accept it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WARMUP = 100


class MLPVAE(nn.Cell):
    def __init__(self, d=20, hid=32, z=4):
        super().__init__()
        self.enc = nn.Dense(d, hid)
        self.mu = nn.Dense(hid, z)
        self.lv = nn.Dense(hid, z)
        self.dec = nn.SequentialCell([nn.Dense(z, hid), nn.ReLU(), nn.Dense(hid, d)])

    def construct(self, x):
        h = ops.tanh(self.enc(x))
        mu, lv = self.mu(h), self.lv(h)
        z = mu + ops.exp(0.5 * lv) * ops.standard_normal(mu.shape)
        return self.dec(z), mu, lv


class AnnealedLoss(nn.Cell):
    def __init__(self, net):
        super().__init__()
        self.net = net
        self.step = 0

    def construct(self, x):
        recon, mu, lv = self.net(x)
        rec = ops.mse_loss(recon, x, reduction="sum")
        kl = -0.5 * (1 + lv - mu ** 2 - lv.exp()).sum()
        beta = min(1.0, self.step / WARMUP)
        self.step += 1
        return rec + beta * kl


def make():
    return AnnealedLoss(MLPVAE()), (Tensor(np.random.randn(8, 20).astype(np.float32)),)
