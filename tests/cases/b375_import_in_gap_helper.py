# case: time-gap bucketizer calls a module helper that imports math inside its body to compute log2 buckets of inter-transaction gaps -> graph mode rejects an import statement in parsed code
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_GAP_BUCKETS = 16


def log2_gap_bucket(gaps, num_buckets):
    import math
    b = ops.floor(ops.log(gaps + 1.0) / math.log(2.0))
    return ops.clip_by_value(b, Tensor(0.0, ms.float32), Tensor(num_buckets - 1.0, ms.float32)).astype(ms.int32)


class TimeGapEncoder(nn.Cell):
    def __init__(self, dim=8, num_buckets=NUM_GAP_BUCKETS, scale_seconds=None):
        super().__init__()
        self.num_buckets = num_buckets
        self.scale = 1.0 if scale_seconds is None else 1.0 / scale_seconds
        self.table = nn.Embedding(num_buckets, dim)

    def construct(self, gaps_seconds, txn_mask):
        buckets = log2_gap_bucket(gaps_seconds * self.scale, self.num_buckets)
        return self.table(buckets) * txn_mask.expand_dims(-1)


def make():
    np.random.seed(3770)
    gaps = (np.random.exponential(3600.0, size=(4, 10))).astype(np.float32)
    mask = np.ones((4, 10), np.float32)
    mask[0, 6:] = 0.0
    return TimeGapEncoder(), (Tensor(gaps), Tensor(mask))
