# case: aerial crown detector runs a constant-length loop over a CellList of dilated convs for multi-scale crowns and sums the heatmaps -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiScaleCrownHeatmap(nn.Cell):
    def __init__(self, in_ch=4, dilations=(1, 2, 3)):
        super().__init__()
        self.branches = nn.CellList([
            nn.Conv2d(in_ch, 1, 3, pad_mode="same", dilation=d) for d in dilations
        ])
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, tile):
        heat = ops.zeros((tile.shape[0], 1, tile.shape[2], tile.shape[3]), tile.dtype)
        for branch in self.branches:
            heat = heat + branch(tile)
        heat = ops.sigmoid(heat / len(self.branches))
        peaks = (heat == self.pool(heat)).astype(ms.float32) * heat
        return peaks


def make():
    np.random.seed(13)
    tile = Tensor(np.random.rand(2, 4, 16, 16).astype(np.float32))
    return MultiScaleCrownHeatmap(), (tile,)
