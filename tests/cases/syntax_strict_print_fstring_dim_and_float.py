# case: prints an f-string of one dimension and float() of the mean -> static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.n = 3

    def construct(self, x):
        y = x * 2
        print(f"rows={x.shape[0]} mean={float(x.mean()):.3f}")
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
