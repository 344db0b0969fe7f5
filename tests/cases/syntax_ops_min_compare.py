import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor

# case: `if ops.min(x) < 0:` on the tuple ops.min returns
class Net(nn.Cell):
    def construct(self, x):
        if ops.min(x) < 0:
            x = x * -1
        return x


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
