# case: log-grading model takes the top-k largest knot diameters where k is the tensor count of detected knots -> error (k must be constant) in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KnotGrader(nn.Cell):
    """Grades a log by its biggest knots detected on CT cross-sections."""

    def __init__(self, detect_thresh=0.3):
        super().__init__()
        self.detect_thresh = detect_thresh

    def construct(self, knot_scores, knot_diam_mm):
        n_knots = int((knot_scores > self.detect_thresh).sum())
        largest, _ = ops.topk(knot_diam_mm * (knot_scores > self.detect_thresh), n_knots)
        grade_penalty = largest.sum() / 100.0
        return largest, grade_penalty


def make():
    np.random.seed(8)
    scores = Tensor(np.random.rand(20).astype(np.float32))
    diam = Tensor(np.random.uniform(5, 60, (20,)).astype(np.float32))
    return KnotGrader(), (scores, diam)
