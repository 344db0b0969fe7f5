# case: str.split on a local string built by concatenation
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.prefix = 'layer'

    def construct(self, x, k):
        key = self.prefix + '.w'
        parts = key.split('.')
        return x * len(parts)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
