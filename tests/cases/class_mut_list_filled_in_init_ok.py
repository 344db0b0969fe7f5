# case: near miss: a Cell's list filled in __init__ read by index in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scales = []
        for i in range(3):
            self.scales.append(float(i + 1))

    def construct(self, x):
        return x * self.scales[-1]


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
