# case: picks the answer cell by converting the argmax row and column to Python ints and indexing the value grid with them -> int() of a tensor in construct fails in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnswerCellSelector(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.row_head = nn.Dense(hidden, 1)
        self.col_head = nn.Dense(hidden, 1)

    def construct(self, row_feats, col_feats, values):
        row_logits = self.row_head(row_feats).squeeze(-1)
        col_logits = self.col_head(col_feats).squeeze(-1)
        r = int(row_logits.argmax())
        c = int(col_logits.argmax())
        answer = values[r, c]
        return answer, row_logits, col_logits


def make():
    np.random.seed(12)
    rows = Tensor(np.random.randn(6, 8).astype(np.float32))
    cols = Tensor(np.random.randn(4, 8).astype(np.float32))
    values = Tensor(np.random.rand(6, 4).astype(np.float32) * 100)
    return AnswerCellSelector(), (rows, cols, values)
