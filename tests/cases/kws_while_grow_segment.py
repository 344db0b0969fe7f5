# case: grows a speech segment frame by frame in a while loop until energy drops, concatenating onto a growing tensor -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HangoverSegmenter(nn.Cell):
    """Extract the first speech segment with an energy hangover rule."""

    def __init__(self, threshold=0.5, max_frames=40):
        super().__init__()
        self.threshold = threshold
        self.max_frames = max_frames

    def frame_energy(self, frame):
        return ops.sqrt(ops.mean(frame * frame))

    def construct(self, frames):
        # frames: (T, L)
        seg = frames[0:1]
        t = 1
        while t < self.max_frames and self.frame_energy(frames[t]) > self.threshold:
            seg = ops.concat((seg, frames[t:t + 1]), axis=0)
            t += 1
        return seg.mean(axis=0), seg.shape[0]


def make():
    np.random.seed(12)
    frames = np.random.randn(40, 16).astype(np.float32)
    frames[15:] *= 0.05
    return HangoverSegmenter(), (Tensor(frames),)
