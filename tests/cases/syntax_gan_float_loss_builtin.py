# case: GAN discriminator step calls float() and round() builtins on a tensor loss to decide label smoothing; expect error at STRICT, maybe ok at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Disc(nn.Cell):
    def __init__(self, in_dim=6):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, 8)
        self.fc2 = nn.Dense(8, 1)

    def construct(self, x):
        return self.fc2(ops.leaky_relu(self.fc1(x), 0.2))


class Net(nn.Cell):
    def __init__(self, smooth=0.9):
        super().__init__()
        self.d = Disc()
        self.smooth = smooth

    def construct(self, real, fake):
        d_real = self.d(real)
        d_fake = self.d(fake)
        gap = float(ops.sigmoid(d_real).mean() - ops.sigmoid(d_fake).mean())
        target = self.smooth if round(gap, 2) > 0.5 else 1.0
        loss_real = ops.binary_cross_entropy_with_logits(
            d_real, ops.ones_like(d_real) * target, ops.ones_like(d_real), ops.ones_like(d_real))
        loss_fake = ops.softplus(d_fake).mean()
        return loss_real + loss_fake


def make():
    real = Tensor(np.random.randn(4, 6).astype(np.float32))
    fake = Tensor(np.random.randn(4, 6).astype(np.float32))
    return Net(), (real, fake)
