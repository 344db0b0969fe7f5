# case: scores every row in a constant-length loop and writes either the row or zeros via ops.where into a preallocated list -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DataRowGate(nn.Cell):
    def __init__(self, hidden=8, max_rows=6, threshold=0.0):
        super().__init__()
        self.row_head = nn.Dense(hidden, 1)
        self.max_rows = max_rows
        self.threshold = threshold

    def construct(self, row_emb):
        scores = self.row_head(row_emb).squeeze(-1)
        gated = []
        for i in range(self.max_rows):
            keep = scores[i] > self.threshold
            gated.append(ops.where(keep, row_emb[i], ops.zeros_like(row_emb[i])))
        out = ops.stack(gated)
        return out, (scores > self.threshold).astype(ms.int32)


def make():
    np.random.seed(20)
    rows = Tensor(np.random.randn(6, 8).astype(np.float32))
    return DataRowGate(), (rows,)
