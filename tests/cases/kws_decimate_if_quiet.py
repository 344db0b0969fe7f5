# case: front-end downsamples the frame sequence by 2 only when the clip is loud, so branches return different time lengths -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameStacker(nn.Cell):
    """Stack pairs of adjacent frames (low frame rate features)."""

    def __init__(self, stride=2):
        super().__init__()
        self.stride = stride

    def construct(self, x):
        b, t, f = x.shape
        t2 = t // self.stride
        x = x[:, : t2 * self.stride]
        return x.reshape(b, t2, f * self.stride)[..., :f]


class AdaptiveRateFrontend(nn.Cell):
    def __init__(self, loud_db=-10.0):
        super().__init__()
        self.stacker = FrameStacker()
        self.loud_db = loud_db

    def construct(self, feats):
        level = 10.0 * ops.log10(ops.mean(feats * feats) + 1e-8)
        if level > self.loud_db:
            out = self.stacker(feats)
        else:
            out = feats
        return out


def make():
    np.random.seed(16)
    feats = np.random.randn(2, 20, 8).astype(np.float32)
    return AdaptiveRateFrontend(), (Tensor(feats),)
