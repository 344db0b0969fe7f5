import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `if self.proj is not None:` where proj is a sub-Cell, no else; the name read after
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(3, 3)

    def construct(self, x):
        if self.proj is not None:
            y = self.proj(x)
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
