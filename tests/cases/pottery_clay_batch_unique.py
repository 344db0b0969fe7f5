# case: find the distinct clay-body ids in a batch with unique and average shrinkage per body type -> dynamic shape from unique in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerBodyShrinkage(nn.Cell):
    def __init__(self, max_bodies=6):
        super().__init__()
        self.max_bodies = max_bodies

    def construct(self, body_ids, shrink_pct):
        bodies, idx = ops.unique(body_ids)
        n_types = bodies.shape[0]
        sums = ops.unsorted_segment_sum(shrink_pct, idx, n_types)
        counts = ops.unsorted_segment_sum(ops.ones_like(shrink_pct), idx, n_types)
        return bodies, sums / counts


def make():
    np.random.seed(6)
    ids = np.random.randint(0, 4, size=(20,)).astype(np.int32)
    shrink = np.random.uniform(8.0, 14.0, size=(20,)).astype(np.float32)
    return PerBodyShrinkage(), (Tensor(ids), Tensor(shrink))
