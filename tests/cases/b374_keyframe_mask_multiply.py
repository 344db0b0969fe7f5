# case: keyframe conditioning keeps all frames and zeroes non-keyframes by multiplying with the mask, averaging with mask.sum() -> fixed shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyframeConfig:
    def __init__(self, in_channels=3, cond_channels=8, pool_cond=True, eps=1e-6):
        self.in_channels = in_channels
        self.cond_channels = cond_channels
        self.pool_cond = pool_cond
        self.eps = eps


class MaskedKeyframeEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool_cond = config.pool_cond
        self.eps = config.eps
        self.enc = nn.SequentialCell(
            nn.Conv2d(config.in_channels, config.cond_channels, 3, stride=2, pad_mode="same"),
            nn.SiLU(),
        )

    def masked_frames(self, frames, keyframe_mask):
        m = keyframe_mask.astype(frames.dtype).reshape(-1, 1, 1, 1)
        return frames * m, m

    def construct(self, frames, keyframe_mask=None):
        if keyframe_mask is None:
            keyframe_mask = ops.ones((frames.shape[0],), ms.float32)
        frames, m = self.masked_frames(frames, keyframe_mask)
        cond = self.enc(frames) * m
        if self.pool_cond:
            cond = cond.sum(axis=0, keepdims=True) / (m.sum() + self.eps)
        return cond


def make():
    np.random.seed(37407)
    frames = Tensor(np.random.rand(6, 3, 16, 16).astype(np.float32))
    mask = Tensor(np.array([1, 0, 0, 1, 0, 1], np.int32))
    return MaskedKeyframeEncoder(KeyframeConfig()), (frames, mask)
