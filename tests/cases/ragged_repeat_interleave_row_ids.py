# case: builds per-value row ids for a ragged batch with repeat_interleave(arange(B), row_lengths) then segment-max pools -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RaggedMaxPool(nn.Cell):
    """Max-pools flat ragged values per row, rows given by their lengths."""

    def __init__(self, dim=5, out_dim=3):
        super().__init__()
        self.pre = nn.Dense(dim, dim)
        self.post = nn.Dense(dim, out_dim)

    def row_ids(self, row_lengths):
        batch = row_lengths.shape[0]
        return ops.repeat_interleave(ops.arange(batch, dtype=ms.int32), row_lengths, 0)

    def construct(self, values, row_lengths):
        h = ops.relu(self.pre(values))
        rid = self.row_ids(row_lengths)
        pooled = ops.unsorted_segment_max(h, rid, row_lengths.shape[0])
        return self.post(pooled)


def make():
    np.random.seed(0)
    values = Tensor(np.random.randn(8, 5).astype(np.float32))
    lengths = Tensor(np.array([3, 1, 4], dtype=np.int32))
    return RaggedMaxPool(), (values, lengths)
