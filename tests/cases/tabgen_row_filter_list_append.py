# case: collects the rows whose data-row score exceeds a threshold by appending them to a list inside a for loop over rows with a tensor if, then stacks them -> data-dependent list length, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DataRowCollector(nn.Cell):
    def __init__(self, hidden=8, threshold=0.0):
        super().__init__()
        self.row_head = nn.Dense(hidden, 1)
        self.threshold = threshold

    def construct(self, row_emb):
        scores = self.row_head(row_emb).squeeze(-1)
        kept = []
        for i in range(row_emb.shape[0]):
            if scores[i] > self.threshold:
                kept.append(row_emb[i])
        return ops.stack(kept)


def make():
    np.random.seed(19)
    rows = Tensor(np.random.randn(6, 8).astype(np.float32))
    return DataRowCollector(), (rows,)
