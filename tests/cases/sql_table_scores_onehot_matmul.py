# case: column scores are aggregated into table scores with a fixed column-to-table one-hot matrix (matmul) instead of unique/segment ops -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TableScorer(nn.Cell):
    def __init__(self, hidden=8, max_tables=4):
        super().__init__()
        self.col_head = nn.Dense(hidden, 1)
        self.max_tables = max_tables

    def col_to_table(self, column_table_ids):
        return ops.one_hot(column_table_ids, self.max_tables,
                           Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))

    def construct(self, column_vecs, column_table_ids, column_mask):
        col_scores = self.col_head(column_vecs).squeeze(-1)     # (C,)
        col_scores = col_scores * column_mask
        assign = self.col_to_table(column_table_ids)            # (C, T)
        table_scores = ops.matmul(col_scores.expand_dims(0), assign).squeeze(0)
        counts = ops.matmul(column_mask.expand_dims(0), assign).squeeze(0)
        return table_scores / ops.maximum(counts, ops.ones_like(counts))


def make():
    np.random.seed(6)
    cols = Tensor(np.random.randn(9, 8).astype(np.float32))
    ids = Tensor(np.array([0, 0, 0, 1, 1, 2, 2, 3, 3], dtype=np.int32))
    mask = Tensor(np.array([1, 1, 1, 1, 1, 1, 0, 0, 0], dtype=np.float32))
    return TableScorer(), (cols, ids, mask)
