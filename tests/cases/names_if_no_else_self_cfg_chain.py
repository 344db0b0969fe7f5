import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `if self.cfg.use_bias:` on a plain config object held by the Cell, no else, read after
class Cfg:
    use_bias = True


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = Cfg()

    def construct(self, x):
        if self.cfg.use_bias:
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
