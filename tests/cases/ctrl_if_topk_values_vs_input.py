# case: on the arms of a tensor if, the three largest scores (ops.topk values) against all eight scores: the arms differ in length, the join is dynamic
import numpy as np
from mindspore import nn, ops, Tensor


class Shortlist(nn.Cell):
    def construct(self, scores):
        if scores.mean() > 0.5:
            kept, _ = ops.topk(scores, 3)
        else:
            kept = scores
        return kept * 2.0


def make():
    np.random.seed(4)
    return Shortlist(), (Tensor(np.random.rand(8).astype(np.float32)),)
