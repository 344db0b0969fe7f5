# case: ops.broadcast_to(v, x.shape) (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops


class Bias(nn.Cell):
    def construct(self, x, v):
        return x + ops.broadcast_to(v, x.shape)


def make():
    return Bias(), (ms.Tensor(np.ones((3, 4), np.float32)), ms.Tensor(np.arange(4, dtype=np.float32)))
