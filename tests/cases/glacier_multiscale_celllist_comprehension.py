# case: multi-scale glacier-front feature pyramid built by iterating a CellList in a list comprehension and concatenating resized outputs -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiScaleFront(nn.Cell):
    def __init__(self, in_ch=2, scales=(1, 2, 4)):
        super().__init__()
        self.scales = scales
        self.branches = nn.CellList([nn.Conv2d(in_ch, 2, 3, pad_mode="same") for _ in scales])
        self.fuse = nn.Conv2d(2 * len(scales), 1, 1)

    def construct(self, img):
        h, w = img.shape[2], img.shape[3]
        feats = [ops.interpolate(b(ops.avg_pool2d(img, s, s)), size=(h, w), mode="bilinear")
                 for b, s in zip(self.branches, self.scales)]
        return self.fuse(ops.concat(feats, 1))


def make():
    np.random.seed(46)
    img = Tensor(np.random.rand(1, 2, 16, 16).astype(np.float32))
    return MultiScaleFront(), (img,)
