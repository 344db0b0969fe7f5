import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: v3 held jit_class, float attribute set to a tensor in construct
@ms.jit_class
class Stats:
    def __init__(self):
        self.total = 0.0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stats = Stats()

    def construct(self, x):
        self.stats.total = x.sum()
        return x * self.stats.total


def make():
    return Net(), (Tensor(np.ones((4, 3), np.float32)),)
