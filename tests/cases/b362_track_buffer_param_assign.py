# case: tracker keeps its frame counter and per-slot lost ages in Parameters updated with ops.assign inside construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TrackerConfig:
    def __init__(self, max_tracks=6, track_buffer=30, frame_rate=30, track_thresh=0.5):
        self.max_tracks = max_tracks
        self.track_buffer = track_buffer
        self.frame_rate = frame_rate
        self.track_thresh = track_thresh


class BaseTracker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_time_lost = int(config.frame_rate / 30.0 * config.track_buffer)
        self.track_thresh = config.track_thresh
        self._init_buffers(config.max_tracks)

    def _init_buffers(self, n):
        self.frame_id = Parameter(Tensor(0, ms.int32), name="frame_id", requires_grad=False)
        self.lost_age = Parameter(Tensor(np.zeros(n, np.float32)), name="lost_age", requires_grad=False)

    def _advance_frame(self):
        ops.assign_add(self.frame_id, Tensor(1, ms.int32))
        return self.frame_id


class ScoreGateTracker(BaseTracker):
    def construct(self, det_scores, matched):
        frame = self._advance_frame()
        high = (det_scores > self.track_thresh).astype(ms.float32)
        new_age = (self.lost_age + 1.0) * (1.0 - matched)
        ops.assign(self.lost_age, new_age)
        alive = (new_age < self.max_time_lost).astype(ms.float32)
        return high, alive, frame


def make():
    np.random.seed(52)
    scores = Tensor(np.random.rand(8).astype(np.float32))
    matched = Tensor((np.random.rand(6) > 0.5).astype(np.float32))
    return ScoreGateTracker(TrackerConfig()), (scores, matched)
