import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: near miss: a loop over `reversed(range(3))` indexing a list of tensors
class Net(nn.Cell):
    def construct(self, x):
        feats = [x, x * 2, x * 3]
        acc = x
        for i in reversed(range(3)):
            acc = acc + feats[i]
        return acc


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
