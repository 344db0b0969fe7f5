# case: centroid of broken-yarn pixels in a splice image computed with a coordinate grid weighted by the defect mask -> dense mask arithmetic, static shapes
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


class SpliceDefectCentroid(nn.Cell):
    def __init__(self, height=32, width=32, thresh=0.35):
        super().__init__()
        self.enh = EdgeEnhance()
        self.thresh = thresh
        rows = np.repeat(np.arange(height, dtype=np.float32)[:, None], width, axis=1)
        cols = np.repeat(np.arange(width, dtype=np.float32)[None, :], height, axis=0)
        self.rows = Tensor(rows)
        self.cols = Tensor(cols)

    def construct(self, img):
        resp = ops.abs(self.enh(img))[0, 0]
        w = (resp > self.thresh).astype(ms.float32)
        n = w.sum() + 1e-6
        cy = (w * self.rows).sum() / n
        cx = (w * self.cols).sum() / n
        return ops.stack([cy, cx]), w.sum()


def make():
    np.random.seed(42)
    img = np.random.uniform(0.4, 0.6, size=(1, 1, 32, 32)).astype(np.float32)
    img[0, 0, 10:13, 18:21] = 1.5
    return SpliceDefectCentroid(), (Tensor(img),)
