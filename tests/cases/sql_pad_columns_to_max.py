# case: schema batcher pads the column matrix to max_columns from the config with ops.pad using a shape-derived amount and builds the matching mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnBatcher(nn.Cell):
    def __init__(self, hidden=8, max_columns=10):
        super().__init__()
        self.max_columns = max_columns
        self.proj = nn.Dense(hidden, hidden)

    def construct(self, column_vecs):
        n_cols = column_vecs.shape[0]
        extra = self.max_columns - n_cols
        padded = ops.pad(self.proj(column_vecs), (0, 0, 0, extra))
        mask = ops.arange(self.max_columns) < n_cols
        return padded, mask


def make():
    np.random.seed(36)
    cols = Tensor(np.random.randn(6, 8).astype(np.float32))
    return ColumnBatcher(), (cols,)
