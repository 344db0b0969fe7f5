# case: discriminator loss with lazy R1 that increments a Python step counter on self inside construct and checks it -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Disc(nn.Cell):
    def __init__(self, in_dim=8):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, 16)
        self.fc2 = nn.Dense(16, 1)

    def construct(self, x):
        return self.fc2(ops.leaky_relu(self.fc1(x), 0.2))


class LazyR1DiscLoss(nn.Cell):
    def __init__(self, r1_gamma=10.0, r1_every=4):
        super().__init__()
        self.disc = Disc()
        self.r1_gamma = r1_gamma
        self.r1_every = r1_every
        self.step = 0
        self.grad = ops.GradOperation()

    def r1(self, real):
        g = self.grad(self.disc)(real)
        return (g ** 2).sum(axis=1).mean()

    def construct(self, real, fake):
        loss = ops.softplus(self.disc(fake)).mean() + ops.softplus(-self.disc(real)).mean()
        if self.step % self.r1_every == 0:
            loss = loss + self.r1_gamma * 0.5 * self.r1_every * self.r1(real)
        self.step += 1
        return loss


def make():
    np.random.seed(0)
    real = Tensor(np.random.randn(4, 8).astype(np.float32))
    fake = Tensor(np.random.randn(4, 8).astype(np.float32))
    return LazyR1DiscLoss(), (real, fake)
