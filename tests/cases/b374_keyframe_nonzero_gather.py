# case: keyframe conditioning gathers only the frames flagged as keyframes with ops.nonzero on the keyframe mask before encoding them -> gather length from data, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyframeConfig:
    def __init__(self, in_channels=3, cond_channels=8, pool_cond=True):
        self.in_channels = in_channels
        self.cond_channels = cond_channels
        self.pool_cond = pool_cond


class KeyframeEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool_cond = config.pool_cond
        self.enc = nn.SequentialCell(
            nn.Conv2d(config.in_channels, config.cond_channels, 3, stride=2, pad_mode="same"),
            nn.SiLU(),
        )

    def select_keyframes(self, frames, keyframe_mask):
        idx = ops.nonzero(keyframe_mask).reshape(-1)
        return ops.gather(frames, idx, 0)

    def construct(self, frames, keyframe_mask=None):
        if keyframe_mask is not None:
            frames = self.select_keyframes(frames, keyframe_mask)
        cond = self.enc(frames)
        if self.pool_cond:
            cond = cond.mean(axis=0, keep_dims=True)
        return cond


def make():
    np.random.seed(37406)
    frames = Tensor(np.random.rand(6, 3, 16, 16).astype(np.float32))
    mask = Tensor(np.array([1, 0, 0, 1, 0, 1], np.int32))
    return KeyframeEncoder(KeyframeConfig()), (frames, mask)
