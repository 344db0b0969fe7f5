# case: a helper the Cell calls with timed=False enters a plain Python context manager only in its `if timed:` branch: the parser reads the helper's whole body before the argument is known
import time
import numpy as np
from mindspore import nn, ops, Tensor


class Timer:
    def __enter__(self):
        self.start = time.time()
        return self

    def __exit__(self, *exc):
        return False


def scaled(x, timed):
    if timed:
        with Timer():
            x = x * 0.5
    return x * 0.5


class Scale(nn.Cell):
    def construct(self, x):
        return scaled(x, False) + 1.0


def make():
    np.random.seed(0)
    return Scale(), (Tensor(np.random.rand(2, 4).astype(np.float32)),)
