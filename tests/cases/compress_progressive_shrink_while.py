# case: progressive width shrinking that halves the feature dimension in a while loop until the energy is small -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProgressiveShrink(nn.Cell):
    def __init__(self, energy_thresh=4.0, min_width=2):
        super().__init__()
        self.energy_thresh = energy_thresh
        self.min_width = min_width

    def _energy(self, feat):
        return (feat * feat).mean(axis=0).sum()

    def _halve(self, feat):
        w = feat.shape[1]
        left = feat[:, : w // 2]
        right = feat[:, w // 2:]
        return 0.5 * (left + right)

    def construct(self, feat):
        while self._energy(feat) > self.energy_thresh:
            feat = self._halve(feat)
        return feat


def make():
    np.random.seed(14)
    x = Tensor((np.random.randn(4, 16) * 2).astype(np.float32))
    return ProgressiveShrink(), (x,)
