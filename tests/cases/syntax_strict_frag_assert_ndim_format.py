# case: near miss: assert on ndim with a .format message of the shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        assert x.ndim == 2, 'expected 2-D input, got {}'.format(x.shape)
        return x * 2


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
