# case: splits a multispectral tile into north and south halves using sizes from x.shape and compares their greenness -> shape-derived slices, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HalfTileGreenness(nn.Cell):
    def __init__(self, green_band=1, red_band=2):
        super().__init__()
        self.green_band = green_band
        self.red_band = red_band

    def greenness(self, tile):
        return (tile[:, self.green_band] - tile[:, self.red_band]).mean(axis=(1, 2))

    def construct(self, tile):
        h = tile.shape[2]
        mid = h // 2
        north = tile[:, :, :mid, :]
        south = tile[:, :, mid:, :]
        return self.greenness(north) - self.greenness(south)


def make():
    np.random.seed(34)
    tile = Tensor(np.random.rand(2, 4, 12, 10).astype(np.float32))
    return HalfTileGreenness(), (tile,)
