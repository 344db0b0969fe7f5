# case: any() over a literal list stored in __init__ decides a branch with an attribute write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.needs_grad = [False, False, True]
        self.saved = None

    def construct(self, x):
        if any(self.needs_grad[:2]):
            self.saved = x
        return x * 2


def make():
    return Net(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
