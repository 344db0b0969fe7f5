import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: v2 held jit_class, float attribute set to another float constant in construct
@ms.jit_class
class Stats:
    def __init__(self):
        self.momentum = 0.9


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stats = Stats()

    def construct(self, x):
        self.stats.momentum = 0.5
        return x * self.stats.momentum


def make():
    return Net(), (Tensor(np.ones((4, 3), np.float32)),)
