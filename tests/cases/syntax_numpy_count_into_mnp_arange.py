# case: a count the interpreter computed (int of a NumPy value) handed to mnp.arange -> LAX ?
import numpy as np
import mindspore as ms
import mindspore.numpy as mnp
from mindspore import nn, ops, Tensor


class Ids(nn.Cell):
    def construct(self, x):
        n = int(np.floor(x * 7.0).max())
        ids = mnp.arange(0, n).expand_dims(0)
        return ids * 2


def make():
    return Ids(), (Tensor(np.array([0.1, 0.5, 0.9], np.float32)),)
