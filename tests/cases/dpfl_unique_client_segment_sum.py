# case: aggregate per-example updates by client id using unique ids and unsorted_segment_sum -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerClientReducer(nn.Cell):
    """Sums example-level updates per client and averages over clients seen this round."""

    def __init__(self, average=True):
        super().__init__()
        self.average = average

    def _group(self, updates, client_ids):
        uniq, inverse = ops.unique(client_ids)
        sums = ops.unsorted_segment_sum(updates, inverse, uniq.shape[0])
        counts = ops.unsorted_segment_sum(ops.ones_like(updates[:, :1]), inverse, uniq.shape[0])
        return sums / counts

    def construct(self, updates, client_ids):
        per_client = self._group(updates, client_ids)
        if self.average:
            return per_client.mean(axis=0)
        return per_client.sum(axis=0)


def make():
    np.random.seed(10)
    upd = Tensor(np.random.randn(8, 3).astype(np.float32))
    ids = Tensor(np.array([2, 0, 2, 5, 5, 0, 2, 7], np.int32))
    return PerClientReducer(), (upd, ids)
