# case: table encoder counts distinct tables referenced by the predicted columns with ops.unique and pools one vector per table -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TablePooler(nn.Cell):
    def __init__(self, num_tables=6, hidden=8):
        super().__init__()
        self.table_embed = nn.Embedding(num_tables, hidden)
        self.out = nn.Dense(hidden, 1)

    def construct(self, column_table_ids, column_selected):
        chosen = column_table_ids * column_selected
        tables, _ = ops.unique(chosen)              # distinct table ids
        vecs = self.table_embed(tables)             # (U, H)
        scores = self.out(vecs).squeeze(-1)
        return ops.softmax(scores, axis=0), tables


def make():
    np.random.seed(5)
    col_tab = Tensor(np.array([0, 0, 1, 1, 1, 2, 3, 3], dtype=np.int32))
    sel = Tensor((np.random.rand(8) > 0.5).astype(np.int32))
    return TablePooler(), (col_tab, sel)
