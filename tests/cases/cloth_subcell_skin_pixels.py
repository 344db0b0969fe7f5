# case: sub-Cell extracting exposed skin pixels via masked_select, used by a parent that estimates skin tone for arm re-rendering -> dynamic shape inside a sub-Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SkinPixelPicker(nn.Cell):
    def __init__(self, skin_labels=(3, 5)):
        super().__init__()
        self.skin_labels = skin_labels

    def construct(self, gray, parsing):
        skin = ops.logical_or(parsing == self.skin_labels[0], parsing == self.skin_labels[1])
        return ops.masked_select(gray, skin)


class SkinToneEstimator(nn.Cell):
    def __init__(self):
        super().__init__()
        self.picker = SkinPixelPicker()

    def construct(self, gray, parsing):
        px = self.picker(gray, parsing)
        sorted_px, _ = ops.sort(px)
        mid = sorted_px.shape[0] // 2
        return sorted_px[mid]


def make():
    np.random.seed(21)
    gray = Tensor(np.random.rand(12, 10).astype(np.float32))
    parsing = Tensor(np.random.randint(0, 7, size=(12, 10)).astype(np.int32))
    return SkinToneEstimator(), (gray, parsing)
