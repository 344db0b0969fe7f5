# case: tracker builds a @ms.jit_class TrackBatch from tensors inside construct, mutates its fields and returns the object -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TrackBatch:
    def __init__(self, boxes, scores):
        self.boxes = boxes
        self.scores = scores
        self.hits = ops.zeros_like(scores)

    def mark_hits(self, matched):
        self.hits = self.hits + matched.astype(self.scores.dtype)

    def predict(self, velocity):
        self.boxes = self.boxes + velocity


class SimpleOnlineTracker(nn.Cell):
    def __init__(self, score_thresh=0.4, num_tracks=4):
        super().__init__()
        self.score_thresh = score_thresh
        self.velocity_head = nn.Dense(4, 4)

    def construct(self, boxes, scores):
        tracks = TrackBatch(boxes, scores)
        tracks.predict(self.velocity_head(boxes))
        tracks.mark_hits(scores > self.score_thresh)
        return tracks


def make():
    np.random.seed(28)
    boxes = Tensor((np.random.rand(4, 4) * 20).astype(np.float32))
    scores = Tensor(np.random.rand(4).astype(np.float32))
    return SimpleOnlineTracker(), (boxes, scores)
