# near-miss: nn.ReLU(inplace=True) only under a flag that is off: the Cell builds, and its boolean mask in construct is dynamic
import numpy as np
from mindspore import nn, Tensor


class Block(nn.Cell):
    def __init__(self, torch_style=False):
        super().__init__()
        if torch_style:
            self.act = nn.ReLU(inplace=True)
        else:
            self.act = nn.ReLU()

    def construct(self, x):
        return self.act(x)[x > 0]


def make():
    return Block(), (Tensor(np.ones((2, 3), np.float32)),)
