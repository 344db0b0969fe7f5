# case: column attention accepts an optional table-restriction mask and checks `is None` before applying it -> static shapes (None test resolved at compile time)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnAttention(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.query = nn.Dense(hidden, hidden, has_bias=False)
        self.scale = 1.0 / np.sqrt(hidden)

    def construct(self, question_pooled, column_vecs, column_mask=None, table_mask=None):
        scores = ops.matmul(column_vecs, self.query(question_pooled)) * self.scale   # (C,)
        if column_mask is not None:
            scores = ops.masked_fill(scores, ops.logical_not(column_mask), -1e9)
        if table_mask is not None:
            scores = scores + ops.log(table_mask.astype(ms.float32) + 1e-9)
        probs = ops.softmax(scores, axis=0)
        return ops.matmul(probs, column_vecs), probs


def make():
    np.random.seed(28)
    q = Tensor(np.random.randn(8).astype(np.float32))
    cols = Tensor(np.random.randn(6, 8).astype(np.float32))
    cmask = Tensor(np.array([1, 1, 1, 1, 0, 0], dtype=np.bool_))
    return ColumnAttention(), (q, cols, cmask)
