# case: cloth mask shrunk by trimming a border row/column while its coverage stays above a threshold (tensor while condition) -> loop-carried shape changes each iteration
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BorderTrimmer(nn.Cell):
    def __init__(self, min_cover=0.6):
        super().__init__()
        self.min_cover = min_cover

    def construct(self, mask):
        m = mask
        while m.mean() < self.min_cover:
            m = m[1:-1, 1:-1]
        return m


def make():
    np.random.seed(7)
    mask = np.zeros((16, 16), np.float32)
    mask[3:13, 4:12] = 1.0
    return BorderTrimmer(), (Tensor(mask),)
