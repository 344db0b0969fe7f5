# case: schema linker multiplies the fixed-size string-match mask into the score matrix and normalises with a masked sum -> static shapes
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
        m = match_mask.astype(scores.dtype)
        total = (ops.sigmoid(scores) * m).sum()
        count = ops.maximum(m.sum(), Tensor(1.0, ms.float32))
        return total / count


def make():
    np.random.seed(1)
    q = Tensor(np.random.randn(6, 8).astype(np.float32))
    c = Tensor(np.random.randn(5, 8).astype(np.float32))
    m = np.random.rand(6, 5) > 0.7
    return SchemaLinker(), (q, c, Tensor(m))
