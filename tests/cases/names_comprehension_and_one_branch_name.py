import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a branch binds a comprehension and also a name the other branch lacks; the name is read after the if
class Net(nn.Cell):
    def construct(self, x, samples=None):
        if samples is not None:
            outs = [blk * 2 for blk in samples]
            first = outs[0]
        else:
            outs = [x]
        return outs[0] + first


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)), (Tensor(np.ones((2, 3), np.float32)),))
