# case: camera pipeline increments a python-int haul counter on self inside construct and uses it to offset the frame index -> self attribute written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameIndexer(nn.Cell):
    def __init__(self, frames_per_haul=100):
        super().__init__()
        self.frames_per_haul = frames_per_haul
        self.haul_no = 0
        self.last_score = None

    def construct(self, frame_scores):
        self.haul_no = self.haul_no + 1
        best = ops.argmax(frame_scores)
        self.last_score = frame_scores.max()
        global_idx = best + self.haul_no * self.frames_per_haul
        return global_idx, self.last_score


def make():
    np.random.seed(31)
    scores = Tensor(np.random.rand(100).astype(np.float32))
    return FrameIndexer(), (scores,)
