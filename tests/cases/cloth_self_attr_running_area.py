# case: mask module that stores the last garment area on self in construct for logging -> attribute write on self inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GarmentMaskHead(nn.Cell):
    def __init__(self, in_ch=8):
        super().__init__()
        self.proj = nn.Conv2d(in_ch, 1, 1, has_bias=True)
        self.last_area = None
        self.calls = 0

    def construct(self, feat):
        logit = self.proj(feat)
        mask = ops.sigmoid(logit)
        self.last_area = mask.sum()
        self.calls = self.calls + 1
        return mask


def make():
    np.random.seed(12)
    feat = Tensor(np.random.rand(1, 8, 10, 10).astype(np.float32))
    return GarmentMaskHead(), (feat,)
