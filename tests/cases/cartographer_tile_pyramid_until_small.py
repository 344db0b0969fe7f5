# case: downsample a raster tile while its tensor-valued mean detail exceeds a threshold, so the loop leaves tiles of varying size -> shape changes in data-dependent while, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def detail(tile):
    dx = tile[..., :, 1:] - tile[..., :, :-1]
    return ops.abs(dx).mean()


class AdaptivePyramid(nn.Cell):
    def __init__(self, detail_limit=0.05):
        super().__init__()
        self.detail_limit = detail_limit
        self.down = nn.AvgPool2d(kernel_size=2, stride=2)

    def construct(self, raster):
        tile = raster
        while detail(tile) > self.detail_limit:
            tile = self.down(tile)
        return tile


def make():
    np.random.seed(32)
    img = np.random.rand(1, 1, 64, 64).astype(np.float32)
    return AdaptivePyramid(), (Tensor(img),)
