# case: list held by the Cell appended with a tensor, then read back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.feats = []

    def construct(self, x):
        self.feats.append(x * 2)
        return self.feats[-1]


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
