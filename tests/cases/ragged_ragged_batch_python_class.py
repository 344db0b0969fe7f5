# case: wraps values/row_lengths in a plain Python RaggedBatch object inside construct and calls its methods -> compile error at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RaggedBatch:
    """Minimal ragged container: flat values plus per-row segment ids."""

    def __init__(self, values, segment_ids, nrows):
        self.values = values
        self.segment_ids = segment_ids
        self.nrows = nrows

    def row_sums(self):
        return ops.unsorted_segment_sum(self.values, self.segment_ids, self.nrows)

    def row_counts(self):
        ones = ops.ones((self.values.shape[0], 1), ms.float32)
        return ops.unsorted_segment_sum(ones, self.segment_ids, self.nrows)


class RaggedMeanPool(nn.Cell):
    def __init__(self, dim=4, nrows=3, normalize=True):
        super().__init__()
        self.nrows = nrows
        self.normalize = normalize
        self.head = nn.Dense(dim, 2)

    def construct(self, values, segment_ids):
        batch = RaggedBatch(values, segment_ids, self.nrows)
        pooled = batch.row_sums()
        if self.normalize:
            pooled = pooled / ops.clamp(batch.row_counts(), min=1.0)
        batch.values = pooled
        return self.head(batch.values)


def make():
    np.random.seed(0)
    values = Tensor(np.random.randn(7, 4).astype(np.float32))
    seg = Tensor(np.array([0, 0, 1, 1, 1, 2, 2], dtype=np.int32))
    return RaggedMeanPool(), (values, seg)
