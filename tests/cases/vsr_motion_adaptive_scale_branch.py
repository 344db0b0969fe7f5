# case: picks x4 upsampling for low-motion clips and x2 for high-motion clips with an if on a tensor motion score, so branches return different shapes -> error (branch outputs differ in shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MotionAdaptiveUpscale(nn.Cell):
    def __init__(self, ch=3, motion_thresh=0.2):
        super().__init__()
        self.motion_thresh = motion_thresh
        self.head2 = nn.Conv2d(ch, ch * 4, 3, pad_mode="same")
        self.head4 = nn.Conv2d(ch, ch * 16, 3, pad_mode="same")
        self.ps2 = nn.PixelShuffle(2)
        self.ps4 = nn.PixelShuffle(4)

    def construct(self, prev, cur):
        motion = ops.abs(cur - prev).mean()
        if motion < self.motion_thresh:
            out = self.ps4(self.head4(cur))
        else:
            out = self.ps2(self.head2(cur))
        return out


def make():
    np.random.seed(30)
    prev = Tensor(np.random.rand(1, 3, 6, 6).astype(np.float32))
    cur = Tensor(np.random.rand(1, 3, 6, 6).astype(np.float32))
    return MotionAdaptiveUpscale(), (prev, cur)
