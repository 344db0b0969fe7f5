# case: a name bound under a tensor if in a for loop with an else that binds it too (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        y = x
        for i in range(3):
            if x.sum() > i:
                y = x * i
            else:
                y = x + i
        return y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
