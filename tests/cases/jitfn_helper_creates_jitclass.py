# case: @ms.jit function calls a helper that builds a jit_class Window from Python ints and uses its method to slice; static at both levels
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit_class
class Window:
    def __init__(self, start, length):
        self.start = start
        self.length = length

    def take(self, x):
        return x[:, self.start:self.start + self.length]


def make_window(start):
    return Window(start, 4)


@ms.jit
def windowed_energy(x):
    w = make_window(2)
    seg = w.take(x)
    return ops.sum(seg * seg, dim=1)


def make():
    return windowed_energy, (Tensor(np.random.randn(3, 10).astype(np.float32)),)
