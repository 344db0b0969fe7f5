# case: new-track initialiser keeps a fixed config.max_new rows after sorting and reports the real count as a tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InitConfig:
    def __init__(self, new_track_thresh=0.6, max_new=4, sort_by_score=True):
        self.new_track_thresh = new_track_thresh
        self.max_new = max_new
        self.sort_by_score = sort_by_score


def count_candidates(scores, unmatched, thresh):
    return ((scores > thresh).astype(ms.int32) * unmatched).sum()


class TrackInitializer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.new_track_thresh = config.new_track_thresh
        self.sort_by_score = config.sort_by_score
        self.max_new = config.max_new

    def construct(self, det_boxes, det_scores, unmatched):
        n_new = count_candidates(det_scores, unmatched, self.new_track_thresh)
        weighted = det_scores * unmatched.astype(ms.float32)
        if self.sort_by_score:
            order = ops.sort(weighted, descending=True)[1]
            det_boxes = ops.gather(det_boxes, order, 0)
        k = min(self.max_new, det_boxes.shape[0])
        valid = (ops.arange(k) < n_new).astype(ms.float32)
        return det_boxes[:k] * valid[:, None], n_new


def make():
    np.random.seed(163)
    boxes = Tensor(np.random.rand(7, 4).astype(np.float32) * 100)
    scores = Tensor(np.array([0.9, 0.2, 0.75, 0.65, 0.1, 0.95, 0.3], np.float32))
    unmatched = Tensor(np.array([1, 1, 0, 1, 1, 1, 0], np.int32))
    return TrackInitializer(InitConfig()), (boxes, scores, unmatched)
