# case: count processed camera clips by writing a plain Python int attribute of self in construct -> attribute write of a non-Parameter in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipActivityCounter(nn.Cell):
    def __init__(self, n_pixels=64):
        super().__init__()
        self.clips_seen = 0
        self.proj = nn.Dense(n_pixels, 4)

    def construct(self, clip):
        # clip: (frames, pixels)
        diff = ops.abs(clip[1:] - clip[:-1])
        feat = self.proj(diff).mean(axis=0)
        self.clips_seen = self.clips_seen + 1
        return feat, self.clips_seen


def make():
    np.random.seed(101)
    return ClipActivityCounter(), (Tensor(np.random.rand(10, 64).astype(np.float32)),)
