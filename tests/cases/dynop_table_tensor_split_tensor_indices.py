# case: ops.tensor_split with split positions given as a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, positions):
        parts = ops.tensor_split(x, positions, axis=0)
        return parts[0] * 2


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32)), Tensor(np.array([2, 5], np.int64)))
