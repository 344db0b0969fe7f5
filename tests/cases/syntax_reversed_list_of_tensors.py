import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a loop over `reversed()` of a list of tensors built in construct
class Net(nn.Cell):
    def construct(self, x):
        feats = [x, x * 2, x * 3]
        acc = x
        for f in reversed(feats):
            acc = acc + f
        return acc


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
