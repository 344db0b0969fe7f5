# case: a subclass of nn.Dense stores into a dict attribute of its own in construct (hazard at STRICT)
import numpy as np
from mindspore import nn, Tensor


class LoggingDense(nn.Dense):
    def __init__(self, cin, cout):
        super().__init__(cin, cout)
        self.log = {}

    def construct(self, x):
        out = super().construct(x)
        self.log["mean"] = out.mean()
        return out


def make():
    return LoggingDense(4, 3), (Tensor(np.ones((2, 4), np.float32)),)
