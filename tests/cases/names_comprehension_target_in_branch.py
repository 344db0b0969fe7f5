import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: near miss: one branch builds a list with a comprehension whose target `blk` is read only inside it; the other branch binds the list too
class Net(nn.Cell):
    def construct(self, x, samples=None):
        if samples is not None:
            outs = [blk * 2 for blk in samples]
        else:
            outs = [x]
        return outs[0] + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)), (Tensor(np.ones((2, 3), np.float32)),))
