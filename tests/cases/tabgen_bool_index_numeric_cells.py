# case: keeps only numeric cells via boolean-mask indexing of the cell embedding matrix before pooling a column summary -> boolean indexing gives dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NumericColumnSummary(nn.Cell):
    def __init__(self, hidden=8, out_dim=4):
        super().__init__()
        self.proj = nn.Dense(hidden, out_dim)
        self.act = nn.ReLU()

    def construct(self, cell_emb, is_numeric):
        # cell_emb: (num_cells, hidden); is_numeric: (num_cells,) bool
        numeric_cells = cell_emb[is_numeric]
        h = self.act(self.proj(numeric_cells))
        return h.max(axis=0)


def make():
    np.random.seed(15)
    emb = Tensor(np.random.randn(10, 8).astype(np.float32))
    mask = Tensor(np.array([1, 0, 1, 1, 0, 0, 1, 0, 1, 1], dtype=np.bool_))
    return NumericColumnSummary(), (emb, mask)
