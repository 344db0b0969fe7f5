# case: a Cell's empty list extended in construct, then indexed
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.hist = []

    def construct(self, x):
        self.hist.extend([x, x * 2])
        return self.hist[1]


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
