# case: %-formatting of a shape tuple into a message then print; expect dynamic at LAX (fallback), error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShapeLogger(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(8, 4)

    def construct(self, x):
        msg = "input shape %s" % (x.shape,)
        print(msg)
        y = self.fc(x)
        print("output:", y)
        return y


def make():
    return ShapeLogger(), (Tensor(np.ones((2, 8), np.float32)),)
