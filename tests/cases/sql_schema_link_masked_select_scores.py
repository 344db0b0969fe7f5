# case: schema linker keeps only the column scores where a string-match link exists using masked_select, then averages them -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SchemaLinker(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.q_proj = nn.Dense(hidden, hidden, has_bias=False)
        self.c_proj = nn.Dense(hidden, hidden, has_bias=False)
        self.scale = hidden ** -0.5

    def link_scores(self, q, c):
        return ops.matmul(self.q_proj(q), self.c_proj(c).T) * self.scale

    def construct(self, question, columns, match_mask):
        scores = self.link_scores(question, columns)      # (T, C)
        linked = ops.masked_select(scores, match_mask)    # variable count
        return ops.sigmoid(linked).mean()


def make():
    np.random.seed(1)
    q = Tensor(np.random.randn(6, 8).astype(np.float32))
    c = Tensor(np.random.randn(5, 8).astype(np.float32))
    m = np.random.rand(6, 5) > 0.7
    m[0, 0] = True
    return SchemaLinker(), (q, c, Tensor(m))
