import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a local bound to `self.flag or other_param`, tested with no else, the name read after
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flag = True

    def construct(self, x, force=False):
        use = self.flag or force
        if use:
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((4, 3), np.float32)),)
