# case: text detector that sharpens the probability map when its mean is low (tensor-valued if, but both branches keep the same shape and dtype) -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetConfig:
    def __init__(self, in_channels=16, low_conf=0.5, gamma=2.0, sharpen=True):
        self.in_channels = in_channels
        self.low_conf = low_conf
        self.gamma = gamma
        self.sharpen = sharpen


class SharpenMixin:
    def _maybe_sharpen(self, prob):
        if prob.mean() < self.low_conf:
            out = ops.pow(prob, 1.0 / self.gamma)
        else:
            out = prob
        return out


class SharpDBDetector(nn.Cell, SharpenMixin):
    def __init__(self, config):
        super().__init__()
        self.low_conf = config.low_conf
        self.gamma = config.gamma
        self.sharpen = config.sharpen
        self.neck = nn.Conv2d(config.in_channels, 8, 3)
        self.prob_head = nn.Conv2d(8, 1, 1)

    def construct(self, feats):
        prob = ops.sigmoid(self.prob_head(ops.relu(self.neck(feats))))
        if self.sharpen:
            prob = self._maybe_sharpen(prob)
        return prob


def make():
    np.random.seed(25)
    feats = Tensor(np.random.randn(1, 16, 32, 32).astype(np.float32))
    return SharpDBDetector(DetConfig()), (feats,)
