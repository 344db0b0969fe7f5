# case: a crop under a shape condition (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        x = x[:, :-1] if x.shape[1] > 3 else x
        return x * 2


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 4),)
