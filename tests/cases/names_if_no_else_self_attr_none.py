import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `if self.proj is None:` (None set in __init__), no else, read after
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = None

    def construct(self, x):
        if self.proj is None:
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
