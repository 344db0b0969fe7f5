# case: near miss: str() of a tensor's dtype
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        if str(x.dtype) == 'Float32':
            return x * 2
        return x


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
