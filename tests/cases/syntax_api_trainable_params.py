# case: self.trainable_params() iterated in construct for an L2 penalty
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        reg = 0.0
        for p in self.trainable_params():
            reg = reg + (p * p).sum()
        return self.fc(x) + reg


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
