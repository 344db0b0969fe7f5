# case: tiled SR inference accumulates output tiles and weights in a @ms.jit_class object mutated inside a loop -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TileAccumulator:
    def __init__(self, out, weight):
        self.out = out
        self.weight = weight

    def add(self, tile, y0, x0):
        th, tw = tile.shape[2], tile.shape[3]
        pad = (x0, self.out.shape[3] - x0 - tw, y0, self.out.shape[2] - y0 - th)
        self.out = self.out + ops.pad(tile, pad)
        self.weight = self.weight + ops.pad(ops.ones_like(tile), pad)


class TiledUpscaler(nn.Cell):
    def __init__(self, channels=3, scale=2, tile=4):
        super().__init__()
        self.scale = scale
        self.tile = tile
        self.conv = nn.Conv2d(channels, channels * scale * scale, 3, pad_mode="same")
        self.shuffle = nn.PixelShuffle(scale)

    def construct(self, x):
        b, c, h, w = x.shape
        s, t = self.scale, self.tile
        acc = TileAccumulator(ops.zeros((b, c, h * s, w * s), ms.float32),
                              ops.zeros((b, c, h * s, w * s), ms.float32))
        for y in range(0, h, t):
            for xx in range(0, w, t):
                sr = self.shuffle(self.conv(x[:, :, y:y + t, xx:xx + t]))
                acc.add(sr, y * s, xx * s)
        return acc.out / acc.weight


def make():
    np.random.seed(18)
    x = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return TiledUpscaler(), (x,)
