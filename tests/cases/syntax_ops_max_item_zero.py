import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor

# case: near miss: `ops.max(x)[0] + 1` takes the values out of the tuple
class Net(nn.Cell):
    def construct(self, x, position_ids):
        seq_len = ops.max(position_ids)[0] + 1
        return x * seq_len


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)), Tensor(np.array([0, 1, 2], np.int32)))
