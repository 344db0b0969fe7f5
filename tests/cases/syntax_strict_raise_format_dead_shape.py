# case: near miss: raise with .format of a shape under a shape condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        if x.shape[0] != 4:
            raise ValueError('bad shape {}'.format(x.shape))
        return x


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
