# case: one_hot with depth = labels.max() + 1 (data-dependent)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Enc(nn.Cell):
    def construct(self, labels):
        depth = labels.max() + 1
        return ops.one_hot(labels, depth, Tensor(1.0), Tensor(0.0))


def make():
    return Enc(), (Tensor(np.array([0, 2, 1], np.int64)),)
