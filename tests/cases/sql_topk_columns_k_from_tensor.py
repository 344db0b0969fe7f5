# case: column selector keeps the top-k columns where k is the number of columns mentioned in the question (a tensor sum) -> dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnSelector(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.col_head = nn.Dense(hidden, 1)

    def num_mentioned(self, mention_mask):
        return mention_mask.astype(ms.int32).sum()

    def construct(self, column_vecs, mention_mask):
        scores = self.col_head(column_vecs).squeeze(-1)    # (C,)
        k = self.num_mentioned(mention_mask)
        top_scores, top_idx = ops.topk(scores, k)
        chosen = ops.gather(column_vecs, top_idx, 0)
        return chosen, top_scores


def make():
    np.random.seed(14)
    cols = Tensor(np.random.randn(8, 8).astype(np.float32))
    mention = np.zeros(8, dtype=np.bool_)
    mention[[1, 4, 6]] = True
    return ColumnSelector(), (cols, Tensor(mention))
