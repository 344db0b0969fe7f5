# case: .asnumpy() in a branch a constant flag makes dead
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, debug=False):
        super().__init__()
        self.debug = debug

    def construct(self, x):
        if self.debug:
            print(x.asnumpy())
        return x * 2


def make():
    return Net(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
