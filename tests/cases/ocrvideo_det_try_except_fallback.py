# case: text detector wraps the adaptive-threshold branch in try/except to fall back to a fixed threshold -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdMapHead(nn.Cell):
    def __init__(self, in_channels=8, fixed_thresh=0.3, use_adaptive=True):
        super().__init__()
        self.prob_conv = nn.Conv2d(in_channels, 1, 3, pad_mode="same")
        self.thresh_conv = nn.Conv2d(in_channels, 1, 3, pad_mode="same")
        self.fixed_thresh = fixed_thresh
        self.use_adaptive = use_adaptive

    def _adaptive(self, feats):
        return ops.sigmoid(self.thresh_conv(feats))

    def construct(self, feats):
        prob = ops.sigmoid(self.prob_conv(feats))
        thresh = ops.full_like(prob, self.fixed_thresh)
        if self.use_adaptive:
            try:
                thresh = self._adaptive(feats)
            except RuntimeError:
                thresh = ops.full_like(prob, self.fixed_thresh)
        binary = (prob > thresh).astype(ms.float32)
        return prob, binary


def make():
    np.random.seed(32)
    feats = Tensor(np.random.randn(1, 8, 16, 16).astype(np.float32))
    return ThresholdMapHead(), (feats,)
