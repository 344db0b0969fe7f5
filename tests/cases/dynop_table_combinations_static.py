# case: near miss: ops.combinations has a size fixed by the input length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x):
        return ops.combinations(x, 2) * 2


def make():
    return Net(), (Tensor(np.arange(4, dtype=np.float32)),)
