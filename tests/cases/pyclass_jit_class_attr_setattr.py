# case: GAN training step mutates a @ms.jit_class loss tracker (created in __init__) by assigning tensor attributes in construct; expect error at STRICT, may pass at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class LossTracker:
    def __init__(self):
        self.g_loss = 0.0
        self.d_loss = 0.0


class Net(nn.Cell):
    def __init__(self, z_dim=4, x_dim=6):
        super().__init__()
        self.g = nn.Dense(z_dim, x_dim)
        self.d = nn.Dense(x_dim, 1)
        self.tracker = LossTracker()

    def construct(self, z, real):
        fake = ops.tanh(self.g(z))
        d_real = self.d(real)
        d_fake = self.d(fake)
        d_loss = ops.softplus(-d_real).mean() + ops.softplus(d_fake).mean()
        g_loss = ops.softplus(-d_fake).mean()
        self.tracker.d_loss = d_loss
        self.tracker.g_loss = g_loss
        return g_loss + d_loss


def make():
    z = Tensor(np.random.randn(4, 4).astype(np.float32))
    real = Tensor(np.random.randn(4, 6).astype(np.float32))
    return Net(), (z, real)
