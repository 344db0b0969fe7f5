# case: counts how many distinct objects have grasp candidates using ops.unique on per-candidate object ids and averages score per object -> dynamic-shape unique in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerObjectScore(nn.Cell):
    def __init__(self, max_objects=8):
        super().__init__()
        self.max_objects = max_objects

    def construct(self, object_ids, scores):
        uniq, inverse = ops.unique(object_ids)
        totals = ops.unsorted_segment_sum(scores, inverse, self.max_objects)
        counts = ops.unsorted_segment_sum(ops.ones_like(scores), inverse, self.max_objects)
        mean_scores = totals / ops.maximum(counts, 1.0)
        return uniq, mean_scores


def make():
    np.random.seed(5)
    ids = Tensor(np.random.randint(0, 5, size=(18,)).astype(np.int32))
    scores = Tensor(np.random.rand(18).astype(np.float32))
    return PerObjectScore(), (ids, scores)
