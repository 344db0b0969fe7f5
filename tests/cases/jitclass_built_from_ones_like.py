# case: a @jit_class holder built in construct from ops.ones_like(x) -> static: MindSpore folds ones_like of a known shape to a constant
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Holder:
    def __init__(self, v):
        self.v = v

    def doubled(self):
        return self.v * 2


class Net(nn.Cell):
    def construct(self, x):
        h = Holder(ops.ones_like(x))
        return h.doubled() + x


def make():
    np.random.seed(21)
    return Net(), (Tensor(np.random.rand(4).astype(np.float32)),)
