# case: seaward half of a glacier tile cropped using x.shape arithmetic and compared with the landward half -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HalfTileContrast(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)

    def construct(self, tile):
        w = tile.shape[-1]
        half = w // 2
        land = tile[..., :half]
        sea = tile[..., half:]
        contrast = self.pool(land) - self.pool(sea)
        return contrast.mean(axis=(2, 3))


def make():
    np.random.seed(34)
    tile = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    return HalfTileContrast(), (tile,)
