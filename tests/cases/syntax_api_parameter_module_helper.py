# case: a module-level helper called from construct creates a Parameter
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.parameter import Parameter as P


def make_buf(x):
    return P(ops.zeros_like(x), name="buf")


class Net(nn.Cell):
    def construct(self, x):
        b = make_buf(x)
        return x + b


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
