# case: a dict comprehension keyed by the rows of a tensor (`{k: ... for k in t}`) is keyed by tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Keys(nn.Cell):
    def construct(self, x, ids):
        d = {k: x * 2 for k in ids}
        return x


def make():
    return Keys(), (Tensor(np.ones((2, 3), np.float32)), Tensor(np.array([1, 2], np.int32)))
