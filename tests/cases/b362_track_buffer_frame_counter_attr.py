# case: tracker bumps its Python-int frame counter and lost-track age attributes on self inside construct via a bookkeeping helper -> error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackerConfig:
    def __init__(self, track_buffer=30, frame_rate=30, track_thresh=0.5):
        self.track_buffer = track_buffer
        self.frame_rate = frame_rate
        self.track_thresh = track_thresh


class BaseTracker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.frame_id = 0
        self.max_time_lost = int(config.frame_rate / 30.0 * config.track_buffer)
        self.track_thresh = config.track_thresh

    def _advance_frame(self):
        self.frame_id = self.frame_id + 1
        return self.frame_id


class ScoreGateTracker(BaseTracker):
    def construct(self, det_scores, track_age):
        frame = self._advance_frame()
        high = (det_scores > self.track_thresh).astype(ms.float32)
        age = track_age + 1
        alive = (age < self.max_time_lost).astype(ms.float32)
        return high, alive * frame


def make():
    np.random.seed(51)
    scores = Tensor(np.random.rand(8).astype(np.float32))
    ages = Tensor(np.random.randint(0, 40, size=(6,)).astype(np.float32))
    return ScoreGateTracker(TrackerConfig()), (scores, ages)
