# case: pools frame probabilities into fixed 1-second segments by reshaping (frames divisible by segment length) and taking the max, then weak clip scores -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentPooler(nn.Cell):
    def __init__(self, frames_per_segment=5):
        super().__init__()
        self.fps = frames_per_segment

    def construct(self, frame_probs):
        b, t, c = frame_probs.shape
        n_seg = t // self.fps
        usable = frame_probs[:, :n_seg * self.fps, :]
        seg = usable.reshape(b, n_seg, self.fps, c).max(axis=2)
        clip = seg.mean(axis=1)
        return seg, clip


def make():
    np.random.seed(39)
    probs = Tensor(np.random.rand(2, 27, 3).astype(np.float32))
    return SegmentPooler(), (probs,)
