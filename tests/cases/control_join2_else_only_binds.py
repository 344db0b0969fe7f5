# case: only the else branch binds y, read after the tensor if
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        if x.max() > 100:
            x = x * 0
        else:
            y = x + 1
        return x + y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
