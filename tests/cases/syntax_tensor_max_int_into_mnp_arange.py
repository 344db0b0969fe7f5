# case: int() of a length Tensor's max (LAX: a host number) handed to mnp.arange for a mask -> LAX ?
import numpy as np
import mindspore as ms
import mindspore.numpy as mnp
from mindspore import nn, ops, Tensor


class LengthMask(nn.Cell):
    def construct(self, lengths):
        max_len = lengths.max()
        ids = mnp.arange(0, int(max_len)).expand_dims(0)
        return ids >= lengths.expand_dims(1)


def make():
    return LengthMask(), (Tensor(np.array([3, 5, 2], np.int32)),)
