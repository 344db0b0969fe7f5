# case: np.prod / np.sqrt applied to a shape tuple to flatten and scale; constant folding, expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlattenScale(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x):
        feat = int(np.prod(x.shape[1:]))
        scale = float(np.sqrt(feat))
        return x.reshape((x.shape[0], feat)) / scale


def make():
    return FlattenScale(), (Tensor(np.ones((2, 3, 4), np.float32)),)
