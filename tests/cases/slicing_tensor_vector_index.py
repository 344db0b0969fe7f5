# case: near miss: 1-d int tensor index (gather) x[idx]
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, idx):
        return x[idx]


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(np.array([0, 2], np.int32)))
