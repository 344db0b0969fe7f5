# case: Otsu-like cap threshold computed by pulling the grayscale image to NumPy with .asnumpy() inside construct -> asnumpy in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CapAreaEstimator(nn.Cell):
    def __init__(self, mm_per_px=0.4):
        super().__init__()
        self.mm2_per_px = mm_per_px * mm_per_px

    def to_gray(self, img):
        return img[:, 0] * 0.299 + img[:, 1] * 0.587 + img[:, 2] * 0.114

    def construct(self, img):
        gray = self.to_gray(img)
        thr = float(np.median(gray.asnumpy()))
        cap = (gray > thr).astype(ms.float32)
        return cap.sum(axis=(1, 2)) * self.mm2_per_px


def make():
    np.random.seed(324)
    img = Tensor(np.random.rand(2, 3, 24, 24).astype(np.float32))
    return CapAreaEstimator(), (img,)
