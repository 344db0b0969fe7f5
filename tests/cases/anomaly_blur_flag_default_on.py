# case: post-processing with Python bool flags (blur on by default, normalisation off) choosing sub-Cells -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MapPostprocess(nn.Cell):
    def __init__(self, blur=True, normalize=False, kernel=5, score_min=0.0, score_max=2.0):
        super().__init__()
        self.blur = blur
        self.normalize = normalize
        self.pool = nn.AvgPool2d(kernel_size=kernel, stride=1, pad_mode="same")
        self.score_min = score_min
        self.score_max = score_max

    def construct(self, amap):
        if self.blur:
            amap = self.pool(amap)
        if self.normalize:
            amap = (amap - self.score_min) / (self.score_max - self.score_min)
            amap = ops.clamp(amap, 0.0, 1.0)
        image_score = amap.reshape(amap.shape[0], -1).max(axis=1)
        return amap, image_score


def make():
    np.random.seed(30)
    amap = np.random.rand(2, 1, 12, 12).astype(np.float32)
    return MapPostprocess(), (Tensor(amap),)
