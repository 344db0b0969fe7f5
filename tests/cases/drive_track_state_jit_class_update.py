# case: multi-object tracker keeps a @jit_class track state created in construct and updates its fields in place -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TrackState:
    def __init__(self, boxes, scores):
        self.boxes = boxes
        self.scores = scores
        self.hits = ops.zeros_like(scores)


class KalmanLikeTracker(nn.Cell):
    def __init__(self, alpha=0.7, match_thresh=2.0):
        super().__init__()
        self.alpha = alpha
        self.match_thresh = match_thresh

    def associate(self, tracks, dets):
        d = ops.cdist(tracks[:, :2], dets[:, :2])
        best = ops.argmin(d, axis=1)
        ok = d.min(axis=1) < self.match_thresh
        return best, ok

    def construct(self, track_boxes, track_scores, det_boxes):
        state = TrackState(track_boxes, track_scores)
        best, ok = self.associate(state.boxes, det_boxes)
        matched = ops.gather(det_boxes, best, 0)
        w = ok.astype(ms.float32).expand_dims(-1) * self.alpha
        state.boxes = state.boxes * (1 - w) + matched * w
        state.hits = state.hits + ok.astype(ms.float32)
        return state.boxes, state.hits


def make():
    np.random.seed(14)
    tb = Tensor(np.random.randn(4, 7).astype(np.float32))
    ts = Tensor(np.random.rand(4).astype(np.float32))
    db = Tensor(np.random.randn(6, 7).astype(np.float32))
    return KalmanLikeTracker(), (tb, ts, db)
