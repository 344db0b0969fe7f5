# case: an attribute assignment in a branch a constant flag (False, set in __init__) makes dead
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cache_it = False
        self.cache = None

    def construct(self, x):
        if self.cache_it:
            self.cache = x
        return x * 2


def make():
    return Net(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
