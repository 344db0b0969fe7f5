# case: discriminator loss with R1 and WGAN-GP terms switched by config flags (GP weight 0 so that branch is dead), gradients taken with ms.grad inside construct and the interpolation alpha drawn from a shape -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegConfig:
    def __init__(self, r1_gamma=10.0, gp_weight=0.0, gp_center=1.0):
        self.r1_gamma = r1_gamma
        self.gp_weight = gp_weight
        self.gp_center = gp_center


class PatchD(nn.Cell):
    def __init__(self, ndf=8):
        super().__init__()
        self.body = nn.SequentialCell([nn.Conv2d(3, ndf, 3, stride=2, pad_mode="same"), nn.LeakyReLU(0.2),
                                       nn.Conv2d(ndf, 1, 3, pad_mode="same")])

    def construct(self, x):
        return self.body(x).mean(axis=(1, 2, 3))


def _grad_sq_norm(fn, x):
    g = ms.grad(fn)(x)
    return ops.square(g).reshape(g.shape[0], -1).sum(axis=1)


class RegularizedDLoss(nn.Cell):
    def __init__(self, disc, config):
        super().__init__()
        self.disc = disc
        self.r1_gamma = config.r1_gamma
        self.gp_weight = config.gp_weight
        self.gp_center = config.gp_center

    def construct(self, real, fake):
        loss = ops.softplus(self.disc(fake)).mean() + ops.softplus(-self.disc(real)).mean()
        if self.r1_gamma > 0:
            loss = loss + _grad_sq_norm(self.disc, real).mean() * (self.r1_gamma / 2)
        if self.gp_weight > 0:
            alpha = ops.rand((real.shape[0], 1, 1, 1))
            mixed = alpha * real + (1 - alpha) * fake
            gp = ops.square(ops.sqrt(_grad_sq_norm(self.disc, mixed) + 1e-12) - self.gp_center)
            loss = loss + self.gp_weight * gp.mean()
        return loss


def make():
    np.random.seed(3560)
    net = RegularizedDLoss(PatchD(), RegConfig())
    real = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    fake = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return net, (real, fake)
