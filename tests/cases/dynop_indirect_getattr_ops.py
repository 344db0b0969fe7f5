# case: getattr(ops, 'unique') in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x):
        out, _ = getattr(ops, 'unique')(x)
        return out


def make():
    return Net(), (Tensor(np.array([4, 4, 1, 7, 1], np.int32)),)
