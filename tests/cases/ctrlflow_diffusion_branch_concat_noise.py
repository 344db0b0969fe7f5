# case: diffusion step concatenates a noise channel only when the tensor timestep t > 0, so the two branches return different shapes; expect error at both levels
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
    def __init__(self, dim=8):
        super().__init__()
        self.denoiser = Denoiser(dim)
        self.sigma = 0.1

    def construct(self, x, t):
        eps = self.denoiser(x)
        x = x - 0.5 * eps
        if t > 0:
            noise = ops.randn_like(x) * self.sigma
            x = ops.concat((x, noise), axis=-1)
        return x


def make():
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return Net(), (x, Tensor(3, ms.int32))
