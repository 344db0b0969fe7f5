# case: raise with an f-string of tensor data under a tensor condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        if x.sum() > 1000:
            raise ValueError(f'too big: {x.sum()}')
        return x


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
