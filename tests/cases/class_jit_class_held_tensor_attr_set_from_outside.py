import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: v1 held jit_class, Tensor attribute replaced from construct by a same-shape tensor
@ms.jit_class
class Stats:
    def __init__(self):
        self.mean = Tensor(np.zeros(3, np.float32))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stats = Stats()

    def construct(self, x):
        self.stats.mean = x.mean(axis=0)
        return x - self.stats.mean


def make():
    return Net(), (Tensor(np.ones((4, 3), np.float32)),)
