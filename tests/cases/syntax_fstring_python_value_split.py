# case: an f-string of Python values only, split with str.split in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, tag="train"):
        super().__init__()
        self.tag = tag

    def construct(self, x):
        msg = f"{self.tag}={x.shape[0]}"
        parts = msg.split("=")
        return x * len(parts)


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
