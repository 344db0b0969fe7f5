# case: tiles an image with overlap using tile and stride derived from x.shape and constructor values, stacking the tiles -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverlapTiler(nn.Cell):
    def __init__(self, tile=8, overlap=2):
        super().__init__()
        self.tile = tile
        self.stride = tile - overlap

    def starts(self, length):
        s = list(range(0, length - self.tile + 1, self.stride))
        if s[-1] != length - self.tile:
            s.append(length - self.tile)
        return s

    def construct(self, img):
        _, h, w = img.shape
        tiles = []
        for r in self.starts(h):
            for c in self.starts(w):
                tiles.append(img[:, r:r + self.tile, c:c + self.tile])
        return ops.stack(tiles)


def make():
    np.random.seed(34)
    img = Tensor(np.random.rand(3, 20, 20).astype(np.float32))
    return OverlapTiler(), (img,)
