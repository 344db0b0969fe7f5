# case: wraps per-tile weed density division in try/except ZeroDivisionError to handle tiles without crop pixels -> try/except in construct unsupported in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeedDensity(nn.Cell):
    def __init__(self, crop_class=1, weed_class=2):
        super().__init__()
        self.crop_class = crop_class
        self.weed_class = weed_class

    def construct(self, seg_labels):
        crop_px = (seg_labels == self.crop_class).astype(ms.float32).sum()
        weed_px = (seg_labels == self.weed_class).astype(ms.float32).sum()
        try:
            ratio = weed_px / crop_px
        except ZeroDivisionError:
            ratio = ops.zeros((), ms.float32)
        return ratio


def make():
    np.random.seed(13)
    seg_labels = Tensor(np.random.randint(0, 3, size=(16, 16)).astype(np.int32))
    return WeedDensity(), (seg_labels,)
