# case: video model crops a fixed-length clip starting at the frame with the highest motion score (start from argmax); expect dynamic or error at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLIP_LEN = 4


def motion_scores(frames):
    diff = frames[1:] - frames[:-1]
    return ops.abs(diff).mean(axis=(1, 2, 3))


class Net(nn.Cell):
    def __init__(self, clip_len=CLIP_LEN):
        super().__init__()
        self.clip_len = clip_len
        self.head = nn.Dense(3, 5)

    def construct(self, frames):
        # frames: (T, C, H, W)
        scores = motion_scores(frames)
        valid = scores[: scores.shape[0] - self.clip_len + 1]
        start = ops.argmax(valid)
        clip = frames[start:start + self.clip_len]
        feat = clip.mean(axis=(0, 2, 3))
        return self.head(feat.view(1, -1))


def make():
    frames = Tensor(np.random.randn(10, 3, 6, 6).astype(np.float32))
    return Net(), (frames,)
