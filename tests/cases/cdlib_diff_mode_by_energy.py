# case: fusion block switches from abs difference to channel concatenation when the mean change energy is high -> if on a tensor value with branches of different channel counts
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FusionConfig:
    def __init__(self, energy_thresh=0.3, diff_mode="auto"):
        self.energy_thresh = energy_thresh
        self.diff_mode = diff_mode


def abs_diff(a, b):
    return ops.abs(a - b)


def concat_diff(a, b):
    return ops.cat((a, b), axis=1)


class AdaptiveFusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.energy_thresh = config.energy_thresh
        self.diff_mode = config.diff_mode

    def _fuse(self, a, b):
        energy = ops.abs(a - b).mean()
        if energy > self.energy_thresh:
            return concat_diff(a, b)
        return abs_diff(a, b)

    def construct(self, feat_t1, feat_t2):
        if self.diff_mode == "abs":
            return abs_diff(feat_t1, feat_t2)
        return self._fuse(feat_t1, feat_t2)


def make():
    np.random.seed(20)
    a = Tensor(np.random.rand(1, 4, 8, 8).astype(np.float32))
    b = Tensor(np.random.rand(1, 4, 8, 8).astype(np.float32))
    return AdaptiveFusion(FusionConfig()), (a, b)
