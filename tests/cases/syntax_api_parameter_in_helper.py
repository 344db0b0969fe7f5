# case: helper method reached from construct creates a Parameter
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def _make(self, x):
        return Parameter(ops.zeros_like(x), name="buf")

    def construct(self, x):
        buf = self._make(x)
        return x + buf


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
