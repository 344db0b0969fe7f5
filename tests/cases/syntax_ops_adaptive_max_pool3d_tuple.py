# case: ops.adaptive_max_pool3d with a tuple output_size (built into a Tensor inside the function)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        return ops.adaptive_max_pool3d(x, (1, 1, 2))


def make():
    return Net(), (Tensor(np.arange(36, dtype=np.float32).reshape(1, 3, 3, 4)),)
