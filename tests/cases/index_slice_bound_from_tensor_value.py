# case: slice end taken from a 0-d tensor input (x[:, :valid_len]); expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Trim(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x, valid_len):
        trimmed = x[:, :valid_len]
        return trimmed.mean(axis=1)


def make():
    x = Tensor(np.ones((2, 10), np.float32))
    return Trim(), (x, Tensor(6, ms.int32))
