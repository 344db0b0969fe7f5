# case: a scipy function on a constant in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from scipy import special


class Net(nn.Cell):
    def construct(self, x, k):
        g = special.gamma(3.0)
        return x * float(g)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
