# case: near miss: a name imported under try, bound to a module that has the attribute when the import fails
import numpy as np
from mindspore import nn, Tensor
try:
    from mindspore._checkparam import Validator
except ImportError:
    import mindspore._checkparam as Validator


class Net(nn.Cell):
    def __init__(self, k=2):
        super().__init__()
        self.k = Validator.check_positive_int(k)

    def construct(self, x):
        return x[x > 0] * self.k


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
