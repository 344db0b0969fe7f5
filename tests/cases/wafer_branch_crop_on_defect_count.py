# case: if the wafer has many defects it crops the centre region, otherwise keeps the full map, branch chosen by a tensor value -> branches return different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveCrop(nn.Cell):
    def __init__(self, crop=8, busy_limit=20):
        super().__init__()
        self.crop = crop
        self.busy_limit = busy_limit

    def centre(self, wmap):
        h, w = wmap.shape[-2:]
        top = (h - self.crop) // 2
        left = (w - self.crop) // 2
        return wmap[:, top:top + self.crop, left:left + self.crop]

    def construct(self, wmap):
        n_defects = (wmap > 0.5).sum()
        if n_defects > self.busy_limit:
            out = self.centre(wmap)
        else:
            out = wmap
        return out * 2.0 - 1.0


def make():
    np.random.seed(10)
    w = np.random.rand(1, 16, 16).astype(np.float32)
    return AdaptiveCrop(), (Tensor(w),)
