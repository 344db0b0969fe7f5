# case: cap threshold taken as the per-image mean gray level with keepdims and compared in-graph -> tensor ops only, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CapAreaEstimator(nn.Cell):
    def __init__(self, mm_per_px=0.4, bias=0.05):
        super().__init__()
        self.mm2_per_px = mm_per_px * mm_per_px
        self.bias = bias

    def to_gray(self, img):
        return img[:, 0] * 0.299 + img[:, 1] * 0.587 + img[:, 2] * 0.114

    def construct(self, img):
        gray = self.to_gray(img)
        thr = gray.mean(axis=(1, 2), keep_dims=True) + self.bias
        cap = (gray > thr).astype(ms.float32)
        return cap.sum(axis=(1, 2)) * self.mm2_per_px


def make():
    np.random.seed(325)
    img = Tensor(np.random.rand(2, 3, 24, 24).astype(np.float32))
    return CapAreaEstimator(), (img,)
