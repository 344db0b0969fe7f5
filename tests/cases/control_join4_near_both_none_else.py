# case: near miss: tensor if where both branches bind y to a tensor; z bound before
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        z = None
        if x.sum() > 0:
            y = ops.relu(x)
        else:
            y = ops.sigmoid(x)
        return y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
