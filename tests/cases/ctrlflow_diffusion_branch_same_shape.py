# case: diffusion step adds noise only when tensor timestep t > 0, both branches keep the same shape and dtype; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Denoiser(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, x):
        return self.fc(x)


class Net(nn.Cell):
    def __init__(self, dim=8, sigma=0.1):
        super().__init__()
        self.denoiser = Denoiser(dim)
        self.sigma = sigma

    def construct(self, x, t):
        eps = self.denoiser(x)
        x = x - 0.5 * eps
        if t > 0:
            x = x + ops.ones_like(x) * self.sigma
        else:
            x = ops.clip_by_value(x, -1.0, 1.0)
        return x


def make():
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return Net(), (x, Tensor(3, ms.int32))
