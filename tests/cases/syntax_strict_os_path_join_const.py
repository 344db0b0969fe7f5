# case: near miss: os.path.join on constant attributes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
import os


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.root = 'ckpt'

    def construct(self, x, k):
        name = os.path.join(self.root, 'w')
        if name.endswith('w'):
            return x * 2
        return x


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
