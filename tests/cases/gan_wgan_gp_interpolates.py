# case: WGAN-GP critic loss with random per-sample interpolation between real and fake and gradient norm penalty via GradOperation -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Critic(nn.Cell):
    def __init__(self, in_dim=8, hidden=16):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.LeakyReLU(0.2), nn.Dense(hidden, 1)])

    def construct(self, x):
        return self.net(x)


class WGANGPLoss(nn.Cell):
    def __init__(self, lambda_gp=10.0, center=1.0):
        super().__init__()
        self.critic = Critic()
        self.lambda_gp = lambda_gp
        self.center = center
        self.grad_op = ops.GradOperation()

    def gradient_penalty(self, real, fake):
        alpha = ops.rand((real.shape[0], 1))
        mixed = alpha * real + (1.0 - alpha) * fake
        grads = self.grad_op(self.critic)(mixed)
        norm = ops.sqrt((grads ** 2).sum(axis=1) + 1e-12)
        return ((norm - self.center) ** 2).mean()

    def construct(self, real, fake):
        d_real = self.critic(real).mean()
        d_fake = self.critic(fake).mean()
        return d_fake - d_real + self.lambda_gp * self.gradient_penalty(real, fake)


def make():
    np.random.seed(0)
    ms.set_seed(0)
    real = Tensor(np.random.randn(4, 8).astype(np.float32))
    fake = Tensor(np.random.randn(4, 8).astype(np.float32))
    return WGANGPLoss(), (real, fake)
