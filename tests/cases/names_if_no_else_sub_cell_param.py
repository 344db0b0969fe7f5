import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a sub-Cell's construct binds a name only under `if past is not None:` (a default-None parameter) and reads it after; the parent calls it
class Attn(nn.Cell):
    def construct(self, x, past=None):
        if past is not None:
            cur = past * 2
        out = x * 3
        if past is not None:
            out = out + cur
        return out


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.attn = Attn()

    def construct(self, x):
        return self.attn(x) + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
