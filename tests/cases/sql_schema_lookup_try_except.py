# case: column encoder wraps the table-embedding lookup in try/except to fall back to a default table vector -> try statement unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnWithTable(nn.Cell):
    def __init__(self, num_tables=4, hidden=8):
        super().__init__()
        self.table_embed = nn.Embedding(num_tables, hidden)
        self.default_table = ms.Parameter(Tensor(np.zeros((1, hidden), np.float32)), name="default_table")
        self.col_proj = nn.Dense(hidden, hidden)

    def construct(self, column_vecs, column_table_ids):
        try:
            tab = self.table_embed(column_table_ids)
        except IndexError:
            tab = ops.tile(self.default_table, (column_vecs.shape[0], 1))
        return ops.tanh(self.col_proj(column_vecs) + tab)


def make():
    np.random.seed(18)
    cols = Tensor(np.random.randn(6, 8).astype(np.float32))
    ids = Tensor(np.array([0, 0, 1, 2, 2, 3], dtype=np.int32))
    return ColumnWithTable(), (cols, ids)
