# case: split a large image into overlapping tiles with a fixed tile size/overlap from config, stacked into a batch -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverlapTiler(nn.Cell):
    def __init__(self, tile=32, overlap=8):
        super().__init__()
        self.tile = tile
        self.step = tile - overlap

    def _origins(self, size):
        starts = list(range(0, size - self.tile + 1, self.step))
        if starts[-1] + self.tile < size:
            starts.append(size - self.tile)
        return starts

    def construct(self, img):
        _, _, h, w = img.shape
        tiles = []
        for y in self._origins(h):
            for x in self._origins(w):
                tiles.append(img[:, :, y:y + self.tile, x:x + self.tile])
        return ops.concat(tiles, axis=0)


def make():
    np.random.seed(5)
    img = np.random.rand(1, 1, 80, 72).astype(np.float32)
    return OverlapTiler(), (Tensor(img),)
