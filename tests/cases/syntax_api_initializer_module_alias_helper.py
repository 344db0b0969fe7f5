# case: a module-level helper builds an XavierUniform weight via a module alias
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
import mindspore.common.initializer as mi


def init_w():
    return mi.initializer(mi.XavierUniform(), (4, 4), ms.float32).init_data()


class Net(nn.Cell):
    def construct(self, x):
        return ops.matmul(x, init_w())


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
