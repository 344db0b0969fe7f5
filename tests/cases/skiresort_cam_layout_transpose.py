# case: convert lift-camera clips from (frames, H, W, C) to channel-first with a constant permutation and pool per frame -> transpose with Python perm, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NHWC_TO_NCHW = (0, 3, 1, 2)


class ClipCrowdDensity(nn.Cell):
    def __init__(self, c_in=3, c_mid=6):
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_mid, 3, pad_mode="same")
        self.to_density = nn.Conv2d(c_mid, 1, 1)

    def construct(self, clip_nhwc):
        x = ops.transpose(clip_nhwc, NHWC_TO_NCHW)
        dens = ops.relu(self.to_density(ops.relu(self.conv(x))))
        per_frame = dens.sum(axis=(1, 2, 3))
        return per_frame, per_frame.mean()


def make():
    np.random.seed(231)
    clip = Tensor(np.random.rand(4, 24, 24, 3).astype(np.float32))
    return ClipCrowdDensity(), (clip,)
