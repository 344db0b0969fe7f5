# case: attention pooling over visits with an optional padding mask checked by `is None` -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisitAttentionPool(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.score = nn.Dense(hidden, 1)
        self.neg_inf = -1e9

    def construct(self, h, mask=None):
        logits = self.score(h).squeeze(-1)
        if mask is not None:
            logits = ops.where(mask > 0, logits, ops.full_like(logits, self.neg_inf))
        attn = ops.softmax(logits, axis=-1)
        return (h * attn.expand_dims(-1)).sum(axis=1)


class SurvivalFromVisits(nn.Cell):
    def __init__(self, code_dim=5, hidden=8):
        super().__init__()
        self.embed = nn.Dense(code_dim, hidden)
        self.pool = VisitAttentionPool(hidden)
        self.risk = nn.Dense(hidden, 1)

    def construct(self, visits, mask):
        h = ops.tanh(self.embed(visits))
        return self.risk(self.pool(h, mask)).squeeze(-1)


def make():
    np.random.seed(23)
    visits = Tensor(np.random.randn(3, 7, 5).astype(np.float32))
    mask = Tensor((np.arange(7)[None, :] < np.array([7, 3, 5])[:, None]).astype(np.float32))
    return SurvivalFromVisits(), (visits, mask)
