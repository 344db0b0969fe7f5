# case: average dwell time per distinct stop id seen by the tram's AVL log using ops.unique -> unique output size from data, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StopDwellSummary(nn.Cell):
    def __init__(self, max_stops=30):
        super().__init__()
        self.max_stops = max_stops

    def construct(self, stop_ids, dwell_s):
        uniq, inverse = ops.unique(stop_ids)
        n = uniq.shape[0]
        totals = ops.unsorted_segment_sum(dwell_s, inverse, n)
        counts = ops.unsorted_segment_sum(ops.ones_like(dwell_s), inverse, n)
        return uniq, totals / counts


def make():
    np.random.seed(3067)
    ids = np.random.randint(0, 12, size=(50,)).astype(np.int32)
    dwell = np.random.gamma(3.0, 8.0, size=(50,)).astype(np.float32)
    return StopDwellSummary(), (Tensor(ids), Tensor(dwell))
