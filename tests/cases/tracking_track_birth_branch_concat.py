# case: track birth appends unmatched high-score detections to the track tensor only when any exist, so the branches return different row counts -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackBirth(nn.Cell):
    def __init__(self, birth_score=0.7, init_var=10.0):
        super().__init__()
        self.birth_score = birth_score
        self.init_var = init_var

    def init_state(self, dets):
        vel = ops.zeros_like(dets)
        return ops.concat([dets, vel], 1)

    def construct(self, tracks, dets, det_scores, det_matched):
        newborn = ops.logical_and(det_scores > self.birth_score, ops.logical_not(det_matched))
        if newborn.any():
            states = self.init_state(dets)
            tracks = ops.concat([tracks, states], 0)
        return tracks


def make():
    np.random.seed(22)
    tracks = Tensor(np.random.rand(3, 8).astype(np.float32))
    dets = Tensor(np.random.rand(4, 4).astype(np.float32))
    scores = Tensor(np.array([0.9, 0.5, 0.8, 0.2], np.float32))
    matched = Tensor(np.array([True, False, False, False]))
    return TrackBirth(), (tracks, dets, scores, matched)
