# case: StyleGAN2 lazy R1 regularization counts discriminator steps in a Python int attribute that a helper increments inside construct -> attribute of self written in construct, Graph mode should reject or ignore it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegConfig:
    def __init__(self, r1_gamma=10.0, r1_interval=4):
        self.r1_gamma = r1_gamma
        self.r1_interval = r1_interval


class TinyD(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, stride=2, pad_mode="same")
        self.fc = nn.Dense(8, 1)

    def construct(self, x):
        return self.fc(ops.leaky_relu(self.conv(x), 0.2).mean(axis=(2, 3)))


class LazyRegMixin:
    def _should_regularize(self):
        self._step = self._step + 1
        return self._step % self.r1_interval == 0


class DLossWithR1(nn.Cell, LazyRegMixin):
    def __init__(self, disc, config):
        super().__init__()
        self.disc = disc
        self.r1_gamma = config.r1_gamma
        self.r1_interval = config.r1_interval
        self._step = 0

    def construct(self, real, fake):
        loss = ops.softplus(self.disc(fake)).mean() + ops.softplus(-self.disc(real)).mean()
        if self.r1_gamma > 0 and self._should_regularize():
            grads = ms.grad(self.disc)(real)
            r1 = ops.square(grads).sum(axis=(1, 2, 3)).mean()
            loss = loss + r1 * (self.r1_gamma / 2) * self.r1_interval
        return loss


def make():
    np.random.seed(3559)
    net = DLossWithR1(TinyD(), RegConfig(r1_interval=1))
    real = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    fake = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return net, (real, fake)
