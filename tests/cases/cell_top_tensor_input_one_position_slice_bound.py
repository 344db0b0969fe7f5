# case: a Tensor argument read at one position (`k = lengths[0]`) is tensor data, not a folded sequence: the slice it bounds has a data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x, lengths):
        k = lengths[0]
        return x[:, :k]


def make():
    return Net(), (Tensor(np.ones((2, 6), np.float32)), Tensor(np.array([3, 5], np.int32)))
