# case: DenseNet-style block concatenates features over a Python range of layers (shape grows but loop is unrolled at compile time); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseBlock(nn.Cell):
    def __init__(self, in_ch=4, growth=2, num_layers=3):
        super().__init__()
        self.num_layers = num_layers
        self.convs = nn.CellList([
            nn.Conv2d(in_ch + i * growth, growth, 3, pad_mode="same") for i in range(num_layers)
        ])

    def construct(self, x):
        feats = x
        for i in range(self.num_layers):
            y = ops.relu(self.convs[i](feats))
            feats = ops.concat((feats, y), axis=1)
        return feats


def make():
    return DenseBlock(), (Tensor(np.ones((1, 4, 8, 8), np.float32)),)
