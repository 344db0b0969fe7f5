# case: list held by the Cell appended in construct, its length used
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.feats = []

    def construct(self, x):
        self.feats.append(x)
        return x * len(self.feats)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
