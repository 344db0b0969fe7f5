import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: __init__ reads `self.norm.weight` of an nn.LayerNorm (MindSpore names it gamma): AttributeError, never built
class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm((4,))
        self.scale = self.norm.weight * 1

    def construct(self, x):
        return self.norm(x)


def make():
    return Block(), (Tensor(np.ones((2, 4), np.float32)),)
