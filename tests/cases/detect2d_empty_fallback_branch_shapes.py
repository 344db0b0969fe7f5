# case: post-process returns the top max_det boxes if any score passes, else a single dummy box (branches differ in shape) -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopDetections(nn.Cell):
    def __init__(self, score_thresh=0.05, max_det=5):
        super().__init__()
        self.score_thresh = score_thresh
        self.max_det = max_det

    def rank(self, boxes, scores):
        top_scores, idx = ops.topk(scores, self.max_det)
        return ops.gather(boxes, idx, 0), top_scores

    def empty_result(self):
        return ops.zeros((1, 4), ms.float32), ops.zeros((1,), ms.float32)

    def construct(self, boxes, scores):
        has_dets = (scores > self.score_thresh).any()
        if has_dets:
            det_boxes, det_scores = self.rank(boxes, scores)
        else:
            det_boxes, det_scores = self.empty_result()
        return det_boxes, det_scores


def make():
    np.random.seed(23)
    boxes = Tensor(np.random.rand(12, 4).astype(np.float32) * 20)
    scores = Tensor(np.random.rand(12).astype(np.float32))
    return TopDetections(), (boxes, scores)
