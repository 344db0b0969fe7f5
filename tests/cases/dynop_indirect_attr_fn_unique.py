# case: ops.unique stored on the Cell as a plain attribute, called from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.uniq = ops.unique

    def construct(self, x):
        out, _ = self.uniq(x)
        return out * 2


def make():
    return Net(), (Tensor(np.array([4, 4, 1, 7, 1], np.int32)),)
