# case: evaluation wrapper crops a border given in config (int or None), with isinstance/is-None guards and an isinstance(x, Tensor) check on the inputs -> constant slice bounds, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvalConfig:
    def __init__(self, crop_border=None, scale=2, reduce="mean"):
        self.crop_border = crop_border
        self.scale = scale
        self.reduce = reduce


def crop_border(img, border):
    if border == 0:
        return img
    return img[..., border:-border, border:-border]


class ShavedL1(nn.Cell):
    def __init__(self, config):
        super().__init__()
        border = config.crop_border
        if border is None:
            border = config.scale
        self.border = border if isinstance(border, int) else int(border)
        self.reduce = config.reduce

    def construct(self, sr, hr):
        if not isinstance(sr, Tensor):
            sr = Tensor(sr, ms.float32)
        err = ops.abs(crop_border(sr, self.border) - crop_border(hr, self.border))
        return err.mean() if self.reduce == "mean" else err.sum()


def make():
    np.random.seed(31)
    hr = Tensor(np.random.rand(1, 3, 12, 12).astype(np.float32))
    sr = Tensor(np.random.rand(1, 3, 12, 12).astype(np.float32))
    return ShavedL1(EvalConfig()), (sr, hr)
