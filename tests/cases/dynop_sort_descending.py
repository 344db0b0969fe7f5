# case: ops.sort descending, shape preserved
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Srt(nn.Cell):
    def construct(self, x):
        vals, idx = ops.sort(x, descending=True)
        return vals[:3]


def make():
    return Srt(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)
