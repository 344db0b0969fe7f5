# case: getattr(self, 'fc' + str(i)) in a loop over range
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc0 = nn.ReLU()
        self.fc1 = nn.Tanh()

    def construct(self, x, k):
        for i in range(2):
            x = getattr(self, 'fc' + str(i))(x)
        return x


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
