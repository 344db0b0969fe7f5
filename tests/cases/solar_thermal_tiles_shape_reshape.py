# case: thermal mosaic splits a drone image into per-module tiles with reshape/transpose using sizes from x.shape and constructor grid -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModuleTiler(nn.Cell):
    def __init__(self, rows=2, cols=4):
        super().__init__()
        self.rows = rows
        self.cols = cols

    def construct(self, image):
        b, h, w = image.shape
        th, tw = h // self.rows, w // self.cols
        tiles = image.reshape(b, self.rows, th, self.cols, tw)
        tiles = tiles.transpose(0, 1, 3, 2, 4)
        return tiles.reshape(b, self.rows * self.cols, th, tw)


class ModuleDeltaT(nn.Cell):
    def __init__(self):
        super().__init__()
        self.tiler = ModuleTiler()

    def construct(self, image):
        tiles = self.tiler(image)
        per_module = tiles.max(axis=(2, 3))
        median = tiles.mean(axis=(1, 2, 3)).expand_dims(-1)
        return per_module - median


def make():
    np.random.seed(36)
    img = np.random.uniform(30, 45, size=(2, 16, 32)).astype(np.float32)
    img[0, 2:4, 9:11] = 75.0
    return ModuleDeltaT(), (Tensor(img),)
