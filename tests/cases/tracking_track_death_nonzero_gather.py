# case: track death by score: indices of surviving tracks from nonzero, then gather states and ids -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreDecay(nn.Cell):
    def __init__(self, decay=0.9):
        super().__init__()
        self.decay = decay

    def construct(self, scores, matched):
        boosted = ops.maximum(scores * self.decay, matched.astype(ms.float32))
        return boosted


class TrackReaper(nn.Cell):
    """Decays unmatched track scores and removes tracks below min_score."""

    def __init__(self, min_score=0.35, decay=0.8):
        super().__init__()
        self.min_score = min_score
        self.decay = ScoreDecay(decay)

    def construct(self, states, ids, scores, matched):
        scores = self.decay(scores, matched)
        return self.reap(states, ids, scores)

    def reap(self, states, ids, scores):
        keep = ops.nonzero(scores > self.min_score).reshape(-1)
        return ops.gather(states, keep, 0), ops.gather(ids, keep, 0), ops.gather(scores, keep, 0)


def make():
    np.random.seed(8)
    states = Tensor(np.random.rand(6, 8).astype(np.float32))
    ids = Tensor(np.arange(6, dtype=np.int32))
    scores = Tensor(np.array([0.9, 0.3, 0.5, 0.2, 0.8, 0.4], dtype=np.float32))
    matched = Tensor(np.array([1, 0, 0, 0, 1, 0], dtype=np.int32))
    return TrackReaper(), (states, ids, scores, matched)
