# case: a helper method reached from construct calls initializer()
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal, One
class Net(nn.Cell):
    def _bias(self):
        return initializer(Normal(), (4,), ms.float32).init_data()

    def construct(self, x):
        return x + self._bias()


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
