# case: tracker reports the set of active track ids present this frame via ops.unique over per-detection assignments -> dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackerConfig:
    def __init__(self, max_tracks=8, min_box_area=10.0, report_ids=True):
        self.max_tracks = max_tracks
        self.min_box_area = min_box_area
        self.report_ids = report_ids


class TrackIdReporter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.min_box_area = config.min_box_area
        self.report_ids = config.report_ids

    def _valid_area(self, tlwh):
        return tlwh[:, 2] * tlwh[:, 3] > self.min_box_area

    def construct(self, tlwh, assigned_ids):
        ok = self._valid_area(tlwh)
        ids = ops.where(ok, assigned_ids, ops.zeros_like(assigned_ids))
        if self.report_ids:
            active, _ = ops.unique(ids)
            return ids, active
        return ids, ids


def make():
    np.random.seed(81)
    tlwh = np.concatenate([np.random.rand(7, 2) * 80, np.random.rand(7, 2) * 20 + 1], axis=1).astype(np.float32)
    ids = np.array([3, 5, 3, 8, 1, 5, 2], np.int32)
    return TrackIdReporter(TrackerConfig()), (Tensor(tlwh), Tensor(ids))
