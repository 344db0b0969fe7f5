# case: normalise NHWC fish-tracking video clips to NCHW with a permutation chosen by the camera config flag at construction -> constant permutation, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameEncoder(nn.Cell):
    def __init__(self, in_ch=3, width=8, channels_last=True):
        super().__init__()
        self.perm = (0, 3, 1, 2) if channels_last else (0, 1, 2, 3)
        self.conv = nn.Conv2d(in_ch, width, 3, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool2d(1)

    def construct(self, frames):
        x = ops.transpose(frames, self.perm)
        x = ops.relu(self.conv(x / 255.0))
        return self.pool(x).reshape(x.shape[0], -1)


def make():
    np.random.seed(142)
    frames = Tensor(np.random.randint(0, 256, size=(4, 16, 16, 3)).astype(np.float32))
    return FrameEncoder(), (frames,)
