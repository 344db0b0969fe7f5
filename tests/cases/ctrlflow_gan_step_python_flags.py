# case: GAN generator step with Python config flags (use_spectral, n_critic loop via range of int) selecting code paths at compile time; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

USE_FEATURE_MATCHING = True


class Generator(nn.Cell):
    def __init__(self, z_dim=4, out_dim=6):
        super().__init__()
        self.fc = nn.Dense(z_dim, out_dim)

    def construct(self, z):
        return ops.tanh(self.fc(z))


class Discriminator(nn.Cell):
    def __init__(self, in_dim=6):
        super().__init__()
        self.feat = nn.Dense(in_dim, 8)
        self.out = nn.Dense(8, 1)

    def construct(self, x):
        f = ops.leaky_relu(self.feat(x), 0.2)
        return self.out(f), f


class Net(nn.Cell):
    def __init__(self, n_critic=2, feature_matching=USE_FEATURE_MATCHING):
        super().__init__()
        self.g = Generator()
        self.d = Discriminator()
        self.n_critic = n_critic
        self.feature_matching = feature_matching

    def construct(self, z, real):
        loss = ops.zeros((), ms.float32)
        for _ in range(self.n_critic):
            fake = self.g(z)
            logit, f_fake = self.d(fake)
            if self.feature_matching:
                _, f_real = self.d(real)
                loss = loss + ((f_fake.mean(0) - f_real.mean(0)) ** 2).sum()
            else:
                loss = loss + ops.softplus(-logit).mean()
        return loss / self.n_critic


def make():
    z = Tensor(np.random.randn(4, 4).astype(np.float32))
    real = Tensor(np.random.randn(4, 6).astype(np.float32))
    return Net(), (z, real)
