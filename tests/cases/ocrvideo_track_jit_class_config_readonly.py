# case: tracker reads thresholds from a @ms.jit_class config object stored on the Cell and scores track confidence decay -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TrackerConfig:
    def __init__(self, det_thresh=0.5, decay=0.9, max_age=3):
        self.det_thresh = det_thresh
        self.decay = decay
        self.max_age = max_age

    def is_confident(self, scores):
        return scores > self.det_thresh


class ConfidenceTracker(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else TrackerConfig()

    def _decay(self, conf, age):
        return conf * ops.pow(Tensor(self.cfg.decay, ms.float32), age.astype(ms.float32))

    def construct(self, track_conf, track_age, matched_scores, matched):
        hit = ops.logical_and(matched, self.cfg.is_confident(matched_scores))
        new_age = ops.where(hit, ops.zeros_like(track_age), track_age + 1)
        new_conf = ops.where(hit, matched_scores, self._decay(track_conf, new_age))
        alive = new_age <= self.cfg.max_age
        return new_conf * alive.astype(ms.float32), new_age, alive


def make():
    np.random.seed(39)
    conf = Tensor(np.random.rand(5).astype(np.float32))
    age = Tensor(np.array([0, 1, 2, 3, 0], dtype=np.int32))
    scores = Tensor(np.random.rand(5).astype(np.float32))
    matched = Tensor(np.array([True, False, True, False, True]))
    return ConfidenceTracker(), (conf, age, scores, matched)
