# case: mosaic with the split point taken from the config (default half), quadrants cut with Python ints and resized -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridMosaic(nn.Cell):
    def __init__(self, out_size=16, split=None):
        super().__init__()
        self.out_size = out_size
        self.split = out_size // 2 if split is None else split

    def quadrant(self, img, h, w):
        return ops.interpolate(img, size=(h, w), mode="bilinear", align_corners=False)

    def construct(self, imgs):
        s, c = self.out_size, self.split
        tl = self.quadrant(imgs[0:1], c, c)
        tr = self.quadrant(imgs[1:2], c, s - c)
        bl = self.quadrant(imgs[2:3], s - c, c)
        br = self.quadrant(imgs[3:4], s - c, s - c)
        top = ops.cat((tl, tr), axis=3)
        bottom = ops.cat((bl, br), axis=3)
        return ops.cat((top, bottom), axis=2)


def make():
    np.random.seed(13)
    imgs = Tensor(np.random.rand(4, 3, 20, 20).astype(np.float32))
    return GridMosaic(), (imgs,)
