import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: the comprehension reads the outer name bound only under `if flag:` (its target is another name)
class Net(nn.Cell):
    def construct(self, x, flag=True):
        if flag:
            part = x * 2
        outs = [part * t for t in (1, 2)]
        return outs[0] + outs[1]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
