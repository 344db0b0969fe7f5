# case: x[:, k] with a 0-d int64 tensor picks one column (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Col(nn.Cell):
    def construct(self, x, k):
        return x[:, k]


def make():
    return Col(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4)), Tensor(2, ms.int64))
