# case: prints an f-string of a Tensor's shape and float() of its mean -> STRICT compile error at the print, LAX static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.n = 3

    def construct(self, x):
        y = x * 2
        print(f"shape={x.shape} mean={float(x.mean()):.3f}")
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
