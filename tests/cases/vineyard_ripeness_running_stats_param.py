# case: a ripeness normaliser keeps a running mean reflectance in a non-trainable Parameter updated with ops.assign in construct -> Parameter side effect, Graph mode supports it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReflectanceNorm(nn.Cell):
    def __init__(self, n_bands=16, momentum=0.9):
        super().__init__()
        self.running_mean = ms.Parameter(Tensor(np.zeros(n_bands, np.float32)),
                                         name="running_mean", requires_grad=False)
        self.momentum = momentum
        self.eps = 1e-5

    def construct(self, cube):
        mean = cube.mean(axis=0)
        std = cube.std(axis=0)
        new_mean = self.momentum * self.running_mean + (1 - self.momentum) * mean
        ops.assign(self.running_mean, new_mean)
        return (cube - mean) / (std + self.eps)


class RipenessNet(nn.Cell):
    def __init__(self, n_bands=16):
        super().__init__()
        self.norm = ReflectanceNorm(n_bands)
        self.head = nn.Dense(n_bands, 1)

    def construct(self, cube):
        z = self.norm(cube)
        return ops.sigmoid(self.head(z)).mean()


def make():
    np.random.seed(102)
    cube = Tensor(np.random.rand(64, 16).astype(np.float32))
    return RipenessNet(), (cube,)
