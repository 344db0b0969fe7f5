# case: tensor condition: one path returns the tensor, the other the Python int 0
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:
            return x * 2
        return 0


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
