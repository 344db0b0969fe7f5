# case: a public Cell whose trailing construct argument is tensor data from its user
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Gather(nn.Cell):
    """Called by its users, whose second argument is a tensor."""

    def __init__(self, channels):
        super().__init__()
        self.channels = channels

    def construct(self, x, limit):
        return x[:limit]


def _inputs():
    return Tensor(np.ones((6, 4), np.float32)), Tensor(2, ms.int32)


def make():
    return Gather(4), _inputs()
