# case: a stride-2 Conv1d applied through transposes on one arm of a tensor if, the input on the other -> the arms differ in length: the join is dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Reducer(nn.Cell):
    def __init__(self, d=4):
        super().__init__()
        self.down = nn.Conv1d(d, d, 3, stride=2, pad_mode="same")

    def construct(self, x):
        if (x * x).mean() > 0.5:
            x = self.down(x.transpose(0, 2, 1)).transpose(0, 2, 1)
        return x * 2


def make():
    np.random.seed(42)
    return Reducer(), (Tensor(np.random.randn(2, 10, 4).astype(np.float32)),)
