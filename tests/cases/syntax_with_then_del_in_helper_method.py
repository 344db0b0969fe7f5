# case: a helper method runs its layer under a home-made context manager and then deletes its argument; construct calls it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Timer:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def project(self, x):
        with Timer():
            y = self.fc(x)
        del x
        return y

    def construct(self, x):
        h = x * 2.0
        return self.project(h) + 1.0


def make():
    np.random.seed(0)
    return Net(), (Tensor(np.random.rand(2, 4).astype(np.float32)),)
