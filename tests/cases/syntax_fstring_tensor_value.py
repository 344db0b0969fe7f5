# case: training step prints an f-string that embeds the loss tensor's value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Step(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 1)
        self.loss = nn.L1Loss()

    def construct(self, x, y):
        l = self.loss(self.fc(x), y)
        print(f"step loss: {l}")
        return l


def make():
    return Step(), (Tensor(np.random.randn(4, 3).astype(np.float32)), Tensor(np.zeros((4, 1), np.float32)))
