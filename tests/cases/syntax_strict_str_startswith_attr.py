# case: str.startswith on a name kept on the Cell, in construct (hazard at STRICT?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, mode="train_full"):
        super().__init__()
        self.mode = mode

    def construct(self, x):
        if self.mode.startswith("train"):
            return x * 2
        return x


def make():
    return Net(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)
