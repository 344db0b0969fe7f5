# case: new-track initialiser keeps appending tentative tracks to a list while the tensor count of unmatched high-score dets is not reached -> error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InitConfig:
    def __init__(self, new_track_thresh=0.6, max_new=8):
        self.new_track_thresh = new_track_thresh
        self.max_new = max_new


class TrackInitializer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.new_track_thresh = config.new_track_thresh

    def construct(self, det_boxes, det_scores, unmatched):
        cand = (det_scores > self.new_track_thresh).astype(ms.int32) * unmatched
        n_new = cand.sum()
        order = ops.sort(det_scores * cand.astype(ms.float32), descending=True)[1]
        new_tracks = []
        i = 0
        while i < n_new:
            new_tracks.append(det_boxes[order[i]])
            i += 1
        return ops.stack(new_tracks)


def make():
    np.random.seed(161)
    boxes = Tensor(np.random.rand(7, 4).astype(np.float32) * 100)
    scores = Tensor(np.array([0.9, 0.2, 0.75, 0.65, 0.1, 0.95, 0.3], np.float32))
    unmatched = Tensor(np.array([1, 1, 0, 1, 1, 1, 0], np.int32))
    return TrackInitializer(InitConfig()), (boxes, scores, unmatched)
