import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: construct's required string argument (passed "a") tested with no else, the name read after
class Net(nn.Cell):
    def construct(self, x, mode):
        if mode == "a":
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)), "a")
