# case: pads a keypoint clip to the configured maximum length with ops.pad using an amount computed from x.shape -> static padding, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipConfig:
    max_frames = 16
    joints = 21


class ClipPadder(nn.Cell):
    def __init__(self, cfg=ClipConfig):
        super().__init__()
        self.max_frames = cfg.max_frames

    def construct(self, clip):
        # clip: (T, J, 3), T <= max_frames
        missing = self.max_frames - clip.shape[0]
        padded = ops.pad(clip, (0, 0, 0, 0, 0, missing))
        valid = ops.concat((ops.ones(clip.shape[0], ms.float32), ops.zeros(missing, ms.float32)))
        return padded, valid


def make():
    np.random.seed(43)
    return ClipPadder(), (Tensor(np.random.randn(11, 21, 3).astype(np.float32)),)
