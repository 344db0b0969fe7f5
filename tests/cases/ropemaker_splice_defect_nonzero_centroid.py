# case: locate broken-yarn pixels in a splice inspection image with ops.nonzero and return their centroid -> nonzero gives a data-dependent number of rows
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeEnhance(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 1, 3, pad_mode="same", has_bias=False,
                              weight_init="ones")

    def construct(self, img):
        return img - self.conv(img) / 9.0


class SpliceDefectLocator(nn.Cell):
    def __init__(self, thresh=0.35):
        super().__init__()
        self.enh = EdgeEnhance()
        self.thresh = thresh

    def construct(self, img):
        resp = ops.abs(self.enh(img))[0, 0]
        coords = ops.nonzero(resp > self.thresh)
        centroid = coords.astype(ms.float32).mean(axis=0)
        return centroid, coords.shape[0]


def make():
    np.random.seed(41)
    img = np.random.uniform(0.4, 0.6, size=(1, 1, 32, 32)).astype(np.float32)
    img[0, 0, 10:13, 18:21] = 1.5
    return SpliceDefectLocator(), (Tensor(img),)
