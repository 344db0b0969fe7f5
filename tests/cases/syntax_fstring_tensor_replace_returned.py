# case: an f-string holding a tensor value, with str.replace, the text returned from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        total = x.sum()
        text = f"total {total}".replace(" ", "=")
        return total, text


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
