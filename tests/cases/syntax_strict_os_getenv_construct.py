# case: os.getenv called in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
import os


class Net(nn.Cell):
    def construct(self, x, k):
        if os.getenv('MSGL_R3_FLAG') == '1':
            x = x * 2
        return x


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
