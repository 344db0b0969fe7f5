# case: a Cell's empty list appended in construct then looped over
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.feats = []

    def construct(self, x):
        self.feats.append(x * 2)
        y = x
        for f in self.feats:
            y = y + f
        return y


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
