# case: a ripeness normaliser remembers the last batch's mean reflectance by assigning a new tensor to a plain self attribute inside construct -> self attribute written in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReflectanceNorm(nn.Cell):
    def __init__(self, n_bands=16):
        super().__init__()
        self.last_mean = Tensor(np.zeros(n_bands, np.float32))
        self.eps = 1e-5

    def construct(self, cube):
        # cube: (pixels, bands)
        mean = cube.mean(axis=0)
        std = cube.std(axis=0)
        self.last_mean = mean
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
    np.random.seed(101)
    cube = Tensor(np.random.rand(64, 16).astype(np.float32))
    return RipenessNet(), (cube,)
