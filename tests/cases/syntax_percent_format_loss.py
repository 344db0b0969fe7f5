# case: training cell builds a log message with '%.4f' % loss where loss is a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoggedLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 1)
        self.mse = nn.MSELoss()

    def construct(self, x, y):
        loss = self.mse(self.fc(x), y)
        msg = "loss=%.4f" % loss
        print(msg)
        return loss


def make():
    return LoggedLoss(), (Tensor(np.random.randn(3, 4).astype(np.float32)), Tensor(np.zeros((3, 1), np.float32)))
