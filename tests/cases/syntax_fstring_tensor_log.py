# case: training step builds an f-string with a tensor loss and splits it to parse the value back (string handling on tensors); expect error at STRICT, interpreted fallback (dynamic) at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoggedStep(nn.Cell):
    def __init__(self):
        super().__init__()
        self.net = nn.Dense(8, 1)
        self.loss = nn.MSELoss()
        self.tag = "train"

    def construct(self, x, y):
        loss = self.loss(self.net(x), y)
        msg = f"{self.tag} loss={loss}"
        parts = msg.split("=")
        return loss, parts[1]


def make():
    return LoggedStep(), (Tensor(np.ones((4, 8), np.float32)), Tensor(np.zeros((4, 1), np.float32)))
