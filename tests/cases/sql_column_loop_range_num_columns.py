# case: column encoder loops over range(num_columns) where num_columns is a tensor input, accumulating a running max-pooled schema vector -> loop bound from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SchemaPooler(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.col_proj = nn.Dense(hidden, hidden)

    def construct(self, column_vecs, num_columns):
        proj = ops.tanh(self.col_proj(column_vecs))    # (C_max, H)
        pooled = proj[0]
        i = 1
        while i < num_columns:
            pooled = ops.maximum(pooled, proj[i])
            i = i + 1
        return pooled


def make():
    np.random.seed(24)
    cols = Tensor(np.random.randn(8, 8).astype(np.float32))
    return SchemaPooler(), (cols, Tensor(5, ms.int32))
