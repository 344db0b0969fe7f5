# case: aerial crown detector increments a module-level counter of processed tiles inside construct -> error or silently constant-folded in Graph mode (global state)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TILES_SEEN = 0


class CrownHeatmap(nn.Cell):
    def __init__(self, in_ch=4):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, 1, 5, pad_mode="same")
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, tile):
        global TILES_SEEN
        TILES_SEEN = TILES_SEEN + tile.shape[0]
        heat = ops.sigmoid(self.conv(tile))
        peaks = (heat == self.pool(heat)).astype(ms.float32) * heat
        return peaks


def make():
    np.random.seed(13)
    tile = Tensor(np.random.rand(2, 4, 16, 16).astype(np.float32))
    return CrownHeatmap(), (tile,)
