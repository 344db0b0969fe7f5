# case: per-client sums with unsorted_segment_sum using the configured number of clients -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedClientReducer(nn.Cell):
    def __init__(self, num_clients=4, min_count=1.0):
        super().__init__()
        self.num_clients = num_clients
        self.min_count = min_count

    def _counts(self, updates, client_ids):
        ones = ops.ones((updates.shape[0], 1), ms.float32)
        return ops.unsorted_segment_sum(ones, client_ids, self.num_clients)

    def construct(self, updates, client_ids):
        sums = ops.unsorted_segment_sum(updates, client_ids, self.num_clients)
        counts = self._counts(updates, client_ids)
        per_client = sums / ops.maximum(counts, self.min_count)
        participated = (counts > 0).astype(ms.float32)
        return (per_client * participated).sum(axis=0) / participated.sum()


def make():
    np.random.seed(11)
    upd = Tensor(np.random.randn(8, 3).astype(np.float32))
    ids = Tensor(np.array([2, 0, 2, 3, 3, 0, 2, 1], np.int32))
    return FixedClientReducer(), (upd, ids)
