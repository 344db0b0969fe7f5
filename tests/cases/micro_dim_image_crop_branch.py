# case: if the field of view is mostly empty, return only the central region, else the full field; branch on tensor value gives different shapes -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FieldOfViewSelector(nn.Cell):
    def __init__(self, min_coverage=0.2, threshold=0.5, border=8):
        super().__init__()
        self.min_coverage = min_coverage
        self.threshold = threshold
        self.border = border

    def _coverage(self, img):
        return (img > self.threshold).astype(ms.float32).mean()

    def construct(self, img):
        b = self.border
        if self._coverage(img) < self.min_coverage:
            view = img[:, :, b:-b, b:-b]
        else:
            view = img
        return view * 2.0


def make():
    np.random.seed(19)
    img = (np.random.rand(1, 1, 32, 32) * 0.4).astype(np.float32)
    return FieldOfViewSelector(), (Tensor(img),)
