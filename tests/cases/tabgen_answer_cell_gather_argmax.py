# case: picks the answer cell by taking argmax over row and column logits and gathering the flat index from the value grid -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnswerCellPointer(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.row_head = nn.Dense(hidden, 1)
        self.col_head = nn.Dense(hidden, 1)

    def construct(self, row_feats, col_feats, values):
        n_rows, n_cols = values.shape
        row_logits = self.row_head(row_feats).squeeze(-1)
        col_logits = self.col_head(col_feats).squeeze(-1)
        joint = row_logits.reshape(n_rows, 1) + col_logits.reshape(1, n_cols)
        flat = joint.reshape(-1)
        best = flat.argmax()
        answer = ops.gather(values.reshape(-1), best.reshape(1), 0)
        return answer, best // n_cols, best % n_cols


def make():
    np.random.seed(13)
    rows = Tensor(np.random.randn(6, 8).astype(np.float32))
    cols = Tensor(np.random.randn(4, 8).astype(np.float32))
    values = Tensor(np.random.rand(6, 4).astype(np.float32) * 100)
    return AnswerCellPointer(), (rows, cols, values)
