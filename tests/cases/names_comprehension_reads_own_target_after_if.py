import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: near miss: a name bound under `if flag:` only, and a later comprehension whose own target has the same name (it reads its own variable)
class Net(nn.Cell):
    def construct(self, x, flag=True):
        if flag:
            part = x * 2
        outs = [part * 1
                for part in (x, x + 1)]
        return outs[0] + outs[1]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
