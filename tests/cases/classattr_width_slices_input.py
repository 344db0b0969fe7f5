# case: head Cell slices the first KEEP channels, KEEP a class-body constant -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Head(nn.Cell):
    KEEP = 3

    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 2)

    def construct(self, x):
        return self.fc(x[:, :self.KEEP])


def make():
    return Head(), (Tensor(np.random.RandomState(6).rand(2, 5).astype(np.float32)),)
