# case: build a map tile pyramid by repeated 2x average pooling over a fixed number of zoom levels -> Python-int loop, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TilePyramid(nn.Cell):
    def __init__(self, n_levels=4):
        super().__init__()
        self.n_levels = n_levels
        self.down = nn.AvgPool2d(kernel_size=2, stride=2)

    def construct(self, raster):
        levels = [raster]
        cur = raster
        for _ in range(self.n_levels - 1):
            cur = self.down(cur)
            levels.append(cur)
        # summary per zoom: mean brightness of each level
        means = [lv.mean() for lv in levels]
        return levels[-1], ops.stack(means)


def make():
    np.random.seed(31)
    img = np.random.rand(1, 3, 64, 64).astype(np.float32)
    return TilePyramid(), (Tensor(img),)
