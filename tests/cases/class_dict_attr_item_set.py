# case: item assignment into a dict stored on self with a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stats = {"m": 0.0}

    def construct(self, x):
        self.stats["m"] = x.mean()
        return x - self.stats["m"]


def make():
    return Net(), (Tensor(np.arange(3, dtype=np.float32)),)
