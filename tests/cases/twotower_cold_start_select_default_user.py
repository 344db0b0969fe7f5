# case: users with fewer than min_history clicks fall back to a learned default embedding via ops.select on a broadcast mask -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class UserTowerWithFallback(nn.Cell):
    def __init__(self, num_items=40, emb_dim=8, min_history=2):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, emb_dim)
        self.default_user = Parameter(Tensor(np.zeros((1, emb_dim), np.float32)), name="default_user")
        self.min_history = min_history
        self.out = nn.Dense(emb_dim, emb_dim)

    def pool(self, hist_ids, hist_mask):
        emb = self.item_emb(hist_ids)
        m = hist_mask.astype(ms.float32)
        count = m.sum(axis=1, keepdims=True)
        pooled = (emb * m.expand_dims(-1)).sum(axis=1) / ops.clamp(count, min=1.0)
        return pooled, count

    def construct(self, hist_ids, hist_mask):
        pooled, count = self.pool(hist_ids, hist_mask)
        is_cold = ops.broadcast_to(count < self.min_history, pooled.shape)
        fallback = ops.broadcast_to(self.default_user, pooled.shape)
        user = ops.select(is_cold, fallback, pooled)
        return self.out(user)


def make():
    np.random.seed(8)
    hist = np.random.randint(1, 40, size=(4, 6)).astype(np.int32)
    mask = np.array([[1, 1, 1, 0, 0, 0], [0] * 6, [1, 0, 0, 0, 0, 0], [1] * 6], dtype=np.int32)
    return UserTowerWithFallback(), (Tensor(hist), Tensor(mask))
