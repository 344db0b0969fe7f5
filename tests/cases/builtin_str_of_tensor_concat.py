# case: str() of a tensor concatenated into a printed log message; expect dynamic at LAX (fallback), error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tracer(nn.Cell):
    def __init__(self, tag="layer1"):
        super().__init__()
        self.tag = tag
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        y = self.fc(x)
        line = self.tag + ": max=" + str(y.max())
        print(line)
        return y


def make():
    return Tracer(), (Tensor(np.ones((2, 4), np.float32)),)
