# case: a Cell's empty list inserted into in construct then indexed
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.feats = []

    def construct(self, x):
        self.feats.insert(0, x * 2)
        return self.feats[0] + 1


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
