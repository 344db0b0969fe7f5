# case: multi-scale head zips a CellList with a tuple of int strides from __init__ (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiScale(nn.Cell):
    def __init__(self):
        super().__init__()
        self.strides = (1, 2, 4)
        self.convs = nn.CellList([nn.Conv2d(3, 4, 3, pad_mode="same") for _ in self.strides])

    def construct(self, x):
        outs = []
        for conv, s in zip(self.convs, self.strides):
            y = conv(x[:, :, ::s, ::s])
            outs.append(y.mean(axis=(2, 3)))
        return ops.concat(outs, axis=1)


def make():
    return MultiScale(), (Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32)),)
