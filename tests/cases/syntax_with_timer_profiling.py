# case: forward pass wrapped in a plain Python Timer context manager for profiling
import time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Timer:
    def __enter__(self):
        self.t0 = time.time()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.time() - self.t0
        return False


class Profiled(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        with Timer():
            y = self.fc(x)
        return ops.relu(y)


def make():
    return Profiled(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
