# case: the number of distinct ids from .tolist() scales a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scale(nn.Cell):
    def construct(self, ids, logits):
        distinct = len(set(ids.tolist()))
        return logits / distinct


def make():
    return Scale(), (Tensor(np.array([1, 3, 3, 5], np.int32)), Tensor(np.ones(8, np.float32)))
