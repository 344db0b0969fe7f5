# case: prints an f-string of a Tensor's shape and its mean Tensor -> STRICT compile error at the print, LAX static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.n = 3

    def construct(self, x):
        y = x * 2
        print(f"shape={x.shape} mean={x.mean()}")
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
