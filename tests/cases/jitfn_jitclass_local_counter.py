# case: @ms.jit function creates a jit_class Counter from Python ints and bumps counter.n += 1 in a loop; LAX interprets the setattr (dynamic), STRICT fails
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit_class
class Counter:
    def __init__(self, start):
        self.n = start


@ms.jit
def repeated_scale(x):
    counter = Counter(0)
    y = x
    for _ in range(3):
        y = y * 0.5
        counter.n += 1
    return y * counter.n


def make():
    return repeated_scale, (Tensor(np.ones((2, 2), np.float32)),)
