# case: WGAN-GP critic loss with gradient penalty on random real/fake interpolates via ops.grad -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Critic(nn.Cell):
    def __init__(self, in_ch=3, width=8):
        super().__init__()
        self.body = nn.SequentialCell(
            nn.Conv2d(in_ch, width, 3, stride=2, pad_mode="same"), nn.LeakyReLU(0.2),
            nn.Conv2d(width, width, 3, stride=2, pad_mode="same"), nn.LeakyReLU(0.2))
        self.fc = nn.Dense(width * 2 * 2, 1)

    def construct(self, x):
        h = self.body(x)
        return self.fc(h.reshape(h.shape[0], -1)).squeeze(-1)


class WGANGPLoss(nn.Cell):
    def __init__(self, critic, lambda_gp=10.0):
        super().__init__()
        self.critic = critic
        self.lambda_gp = lambda_gp

    def critic_sum(self, x):
        return self.critic(x).sum()

    def gradient_penalty(self, real, fake, alpha):
        interp = alpha * real + (1 - alpha) * fake
        grads = ops.grad(self.critic_sum)(interp)
        norms = ops.sqrt((grads.reshape(grads.shape[0], -1) ** 2).sum(axis=1) + 1e-12)
        return ((norms - 1) ** 2).mean()

    def construct(self, real, fake, alpha):
        loss = self.critic(fake).mean() - self.critic(real).mean()
        return loss + self.lambda_gp * self.gradient_penalty(real, fake, alpha)


def make():
    np.random.seed(0)
    real = Tensor(np.random.randn(4, 3, 8, 8).astype(np.float32))
    fake = Tensor(np.random.randn(4, 3, 8, 8).astype(np.float32))
    alpha = Tensor(np.random.rand(4, 1, 1, 1).astype(np.float32))
    return WGANGPLoss(Critic()), (real, fake, alpha)
