# case: Tensor.mean over an axis given as int(tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class AxisMean(nn.Cell):
    def construct(self, x, ax):
        return x.mean(axis=int(ax))


def make():
    return AxisMean(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)), Tensor(np.array(1, np.int64)))
