# case: choose, field by field, the more complete of two candidate catalogue records using ops.where with three arguments -> static graph, no dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecordMerger(nn.Cell):
    """Merges a pair of MARC-like numeric field vectors into one master record."""

    def __init__(self, n_fields=16, prefer_newer=True):
        super().__init__()
        self.n_fields = n_fields
        self.prefer_newer = prefer_newer
        self.quality = nn.Dense(n_fields, n_fields)

    def construct(self, rec_a, rec_b, year_a, year_b):
        qa = ops.sigmoid(self.quality(rec_a))
        qb = ops.sigmoid(self.quality(rec_b))
        if self.prefer_newer:
            bonus = (year_b > year_a).astype(ms.float32).expand_dims(-1) * 0.1
            qb = qb + bonus
        take_b = qb > qa
        missing_a = rec_a == 0
        take_b = ops.logical_or(take_b, missing_a)
        merged = ops.where(take_b, rec_b, rec_a)
        return merged, take_b.astype(ms.float32).mean(axis=1)


def make():
    np.random.seed(24)
    a = np.random.randn(8, 16).astype(np.float32)
    a[a < -1.0] = 0.0
    b = np.random.randn(8, 16).astype(np.float32)
    ya = Tensor(np.random.randint(1950, 2020, size=(8,)), ms.int32)
    yb = Tensor(np.random.randint(1950, 2020, size=(8,)), ms.int32)
    return RecordMerger(), (Tensor(a), Tensor(b), ya, yb)
