# case: near miss: getattr(self, name) with names from a constant tuple
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc0 = nn.Dense(4, 4)
        self.fc1 = nn.Dense(4, 4)

    def construct(self, x):
        for i in range(2):
            x = getattr(self, "fc" + str(i))(x)
        return x


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
