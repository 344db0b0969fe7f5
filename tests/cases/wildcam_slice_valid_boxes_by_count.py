# case: sort detections and slice the first n boxes where n is the number of valid detections (a tensor) -> dynamic or error: slice bound from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidBoxCropper(nn.Cell):
    def __init__(self, score_thr=0.3):
        super().__init__()
        self.score_thr = score_thr

    def sort_by_score(self, scores, boxes):
        sorted_scores, order = ops.sort(scores, descending=True)
        return sorted_scores, ops.gather(boxes, order, 0)

    def construct(self, scores, boxes):
        sorted_scores, sorted_boxes = self.sort_by_score(scores, boxes)
        n_valid = (sorted_scores > self.score_thr).astype(ms.int32).sum()
        kept = sorted_boxes[:n_valid]
        areas = (kept[:, 2] - kept[:, 0]) * (kept[:, 3] - kept[:, 1])
        return kept, areas


def make():
    np.random.seed(2)
    scores = Tensor(np.random.rand(16).astype(np.float32))
    boxes = Tensor(np.sort(np.random.rand(16, 4).astype(np.float32), axis=1))
    return ValidBoxCropper(), (scores, boxes)
