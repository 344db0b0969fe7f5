# case: training step prints a string tag and the tensor loss with print() inside construct; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseStep(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.net = nn.Dense(8, 1)
        self.loss = nn.MSELoss()
        self.verbose = verbose

    def construct(self, x, y):
        loss = self.loss(self.net(x), y)
        if self.verbose:
            print("step loss:", loss)
        return loss


def make():
    return VerboseStep(), (Tensor(np.ones((4, 8), np.float32)), Tensor(np.zeros((4, 1), np.float32)))
