import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor, Parameter

# case: near miss: `mint.zeros((b, self.prefix_length), dtype=ms.int64)` in construct
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.prefix_length = 3

    def construct(self, x):
        b = x.shape[0]
        return mint.zeros((b, self.prefix_length), dtype=ms.int64) + 1


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)
