# case: attention over a patient's clinic visits with padded visits masked by a large negative bias before softmax -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisitAttention(nn.Cell):
    def __init__(self, n_feat=6, hidden=8):
        super().__init__()
        self.encode = nn.Dense(n_feat, hidden, activation="tanh")
        self.query = nn.Dense(hidden, 1, has_bias=False)
        self.out = nn.Dense(hidden, 1)

    def construct(self, visits, visit_mask):
        # visits: (patients, max_visits, n_feat); visit_mask: (patients, max_visits) 1 = real visit
        h = self.encode(visits)
        logits = self.query(h).squeeze(-1)
        logits = logits + (1.0 - visit_mask) * -1e9
        attn = ops.softmax(logits, axis=-1)
        pooled = (h * attn.expand_dims(-1)).sum(axis=1)
        return ops.sigmoid(self.out(pooled)).squeeze(-1), attn


def make():
    np.random.seed(38)
    visits = np.random.randn(3, 5, 6).astype(np.float32)
    mask = np.array([[1, 1, 1, 0, 0], [1, 1, 1, 1, 1], [1, 0, 0, 0, 0]], np.float32)
    return VisitAttention(), (Tensor(visits), Tensor(mask))
