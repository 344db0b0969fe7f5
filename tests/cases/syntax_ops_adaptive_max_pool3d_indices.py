# case: ops.adaptive_max_pool3d with an int output_size and return_indices=True
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        out, idx = ops.adaptive_max_pool3d(x, 2, True)
        return out, idx


def make():
    return Net(), (Tensor(np.arange(64, dtype=np.float32).reshape(1, 1, 4, 4, 4)),)
