# case: construct builds a plain Python Track record object from tensors and updates its fields in a helper -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Track:
    def __init__(self, box, score, hits=0):
        self.box = box
        self.score = score
        self.hits = hits

    def update(self, box, score, alpha):
        self.box = alpha * self.box + (1 - alpha) * box
        self.score = ops.maximum(self.score, score)
        self.hits += 1


class SingleObjectTracker(nn.Cell):
    def __init__(self, alpha=0.7, steps=3):
        super().__init__()
        self.alpha = alpha
        self.steps = steps

    def step(self, track, det_box, det_score):
        track.update(det_box, det_score, self.alpha)
        return track

    def construct(self, init_box, det_boxes, det_scores):
        trk = Track(init_box, det_scores[0])
        for t in range(self.steps):
            trk = self.step(trk, det_boxes[t], det_scores[t])
        return trk.box, trk.score


def make():
    np.random.seed(12)
    init_box = Tensor(np.random.rand(4).astype(np.float32))
    det_boxes = Tensor(np.random.rand(3, 4).astype(np.float32))
    det_scores = Tensor(np.random.rand(3).astype(np.float32))
    return SingleObjectTracker(), (init_box, det_boxes, det_scores)
