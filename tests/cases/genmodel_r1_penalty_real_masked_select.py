# case: GAN R1 gradient penalty averaged only over samples flagged real via masked_select -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Discriminator(nn.Cell):
    def __init__(self, in_dim=16, hidden=32):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(in_dim, hidden), nn.LeakyReLU(0.2), nn.Dense(hidden, 1))

    def construct(self, x):
        return self.net(x).sum()


class R1Penalty(nn.Cell):
    def __init__(self, disc, gamma=10.0):
        super().__init__()
        self.disc = disc
        self.gamma = gamma
        self.grad_x = ops.GradOperation()

    def construct(self, x, is_real):
        grads = self.grad_x(self.disc)(x)
        sq_norm = (grads ** 2).sum(axis=1)
        real_sq = ops.masked_select(sq_norm, is_real)
        return 0.5 * self.gamma * real_sq.mean()


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(8, 16).astype(np.float32))
    is_real = Tensor(np.array([1, 0, 1, 1, 0, 0, 1, 0], dtype=np.bool_))
    return R1Penalty(Discriminator()), (x, is_real)
