# case: log-grading model takes the top-k knot diameters with k from the grading rule config, zeroing undetected knots -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GradingRule:
    """Plain config: a grade considers the k largest knots."""

    def __init__(self, worst_k=4, detect_thresh=0.3):
        self.worst_k = worst_k
        self.detect_thresh = detect_thresh


class KnotGrader(nn.Cell):
    def __init__(self, rule=None):
        super().__init__()
        rule = rule if rule is not None else GradingRule()
        self.k = rule.worst_k
        self.detect_thresh = rule.detect_thresh

    def construct(self, knot_scores, knot_diam_mm):
        detected = (knot_scores > self.detect_thresh).astype(knot_diam_mm.dtype)
        largest, idx = ops.topk(knot_diam_mm * detected, self.k)
        grade_penalty = largest.sum() / 100.0
        return largest, idx, grade_penalty


def make():
    np.random.seed(8)
    scores = Tensor(np.random.rand(20).astype(np.float32))
    diam = Tensor(np.random.uniform(5, 60, (20,)).astype(np.float32))
    return KnotGrader(), (scores, diam)
