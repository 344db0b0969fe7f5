# case: feature extractor whose construct accepts either a stacked clip tensor or a tuple of frames, dispatched with isinstance -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameEncoder(nn.Cell):
    def __init__(self, ch=3, mid=6):
        super().__init__()
        self.conv = nn.Conv2d(ch, mid, 3, pad_mode="same")
        self.act = nn.LeakyReLU(0.1)

    def to_clip(self, frames):
        if isinstance(frames, (tuple, list)):
            return ops.stack(frames, axis=1)
        return frames

    def construct(self, frames):
        clip = self.to_clip(frames)
        b, t, c, h, w = clip.shape
        feats = self.act(self.conv(clip.reshape(b * t, c, h, w)))
        return feats.reshape(b, t, -1, h, w)


def make():
    np.random.seed(37)
    frames = tuple(Tensor(np.random.rand(2, 3, 6, 6).astype(np.float32)) for _ in range(3))
    return FrameEncoder(), (frames,)
