# case: pick the most active enclosure cameras, with k taken from how many cameras exceed a motion threshold -> top-k size from tensor data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BusyCameraSelector(nn.Cell):
    def __init__(self, motion_threshold=0.4):
        super().__init__()
        self.motion_threshold = motion_threshold
        self.smooth = nn.Dense(16, 1)

    def activity_score(self, frames):
        # frames: (cameras, features)
        return ops.sigmoid(self.smooth(frames)).squeeze(-1)

    def construct(self, frames):
        score = self.activity_score(frames)
        busy = (score > self.motion_threshold).astype(ms.int32).sum()
        k = int(busy)
        top_vals, top_idx = ops.topk(score, k)
        return top_vals, top_idx


def make():
    np.random.seed(11)
    frames = Tensor(np.random.randn(12, 16).astype(np.float32))
    return BusyCameraSelector(), (frames,)
