# case: evaluation wrapper crops a border whose width is the SR scale stored in a per-batch tensor, read with .item() in a helper before slicing -> slice bounds from tensor value, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvalConfig:
    def __init__(self, shave_extra=0, reduce="mean"):
        self.shave_extra = shave_extra
        self.reduce = reduce


def crop_border(img, border):
    if border == 0:
        return img
    return img[..., border:-border, border:-border]


class ShavedL1(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.shave_extra = config.shave_extra
        self.reduce = config.reduce

    def _border(self, scale):
        return scale.item() + self.shave_extra

    def construct(self, sr, hr, scale):
        b = self._border(scale)
        err = ops.abs(crop_border(sr, b) - crop_border(hr, b))
        return err.mean() if self.reduce == "mean" else err.sum()


def make():
    np.random.seed(30)
    hr = Tensor(np.random.rand(1, 3, 12, 12).astype(np.float32))
    sr = Tensor(np.random.rand(1, 3, 12, 12).astype(np.float32))
    return ShavedL1(EvalConfig()), (sr, hr, Tensor(2, ms.int32))
