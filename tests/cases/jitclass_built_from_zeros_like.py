# case: a @jit_class holder built in construct from ops.zeros_like(x) -> refused: MindSpore does not fold zeros_like, the argument is a variable
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
        h = Holder(ops.zeros_like(x))
        return h.doubled() + x


def make():
    np.random.seed(21)
    return Net(), (Tensor(np.random.rand(4).astype(np.float32)),)
