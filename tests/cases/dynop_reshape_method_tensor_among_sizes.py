# case: `key.reshape(key, (-1, 2, 4))`, the tensor itself passed among the sizes of the method form
# (a typo for self.reshape(key, ...)): MindSpore refuses to compile it
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Attention(nn.Cell):
    def construct(self, key):
        key = key.reshape(key, (-1, 2, 4))
        return key * 2


def make():
    return Attention(), (Tensor(np.ones((3, 8), np.float32)),)
