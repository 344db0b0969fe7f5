# case: the PyTorch weight-init loop `for m in self.modules()` in __init__: nn.Cell has no modules(), building fails before the loop body
import numpy as np
from mindspore import nn, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 3, 3)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                m.weight.set_data(m.weight.data * 0.5)

    def construct(self, x):
        return self.conv(x)


def make():
    return Net(), (Tensor(np.ones((1, 3, 4, 4), np.float32)),)
