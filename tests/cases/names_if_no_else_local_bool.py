import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a local Python bool computed in construct from a literal, tested with no else, read after
class Net(nn.Cell):
    def construct(self, x):
        use = True
        if use:
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
