# case: FROM-clause builder concatenates the join-path encoding only when more than one table is predicted (if on a tensor), so the branches return different shapes -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FromClauseEncoder(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.table_proj = nn.Dense(hidden, hidden)
        self.join_proj = nn.Dense(2 * hidden, hidden)

    def join_encoding(self, tables):
        left = tables[0:1]
        right = tables[1:2]
        return self.join_proj(ops.cat((left, right), axis=-1))

    def construct(self, table_vecs, table_selected):
        tables = self.table_proj(table_vecs)                 # (T, H)
        n_sel = table_selected.sum()
        if n_sel > 1:
            out = ops.cat((tables, self.join_encoding(tables)), axis=0)   # (T+1, H)
        else:
            out = tables                                                   # (T, H)
        return out


def make():
    np.random.seed(15)
    tables = Tensor(np.random.randn(3, 8).astype(np.float32))
    sel = Tensor(np.array([1, 1, 0], dtype=np.int32))
    return FromClauseEncoder(), (tables, sel)
