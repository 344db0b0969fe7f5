# case: FROM-clause builder adds a join bias only when more than one table is predicted (if on a tensor) but both branches keep the same shape -> compiles with static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FromClauseEncoder(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.table_proj = nn.Dense(hidden, hidden)
        self.join_bias = ms.Parameter(Tensor(np.zeros((1, hidden), np.float32)), name="join_bias")

    def construct(self, table_vecs, table_selected):
        tables = self.table_proj(table_vecs)                 # (T, H)
        n_sel = table_selected.sum()
        if n_sel > 1:
            out = tables + self.join_bias
        else:
            out = tables * 1.0
        weights = table_selected.astype(ms.float32).expand_dims(-1)
        return (out * weights).sum(axis=0)


def make():
    np.random.seed(16)
    tables = Tensor(np.random.randn(3, 8).astype(np.float32))
    sel = Tensor(np.array([1, 1, 0], dtype=np.int32))
    return FromClauseEncoder(), (tables, sel)
