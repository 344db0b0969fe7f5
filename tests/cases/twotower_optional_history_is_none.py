# case: user tower takes optional history ids and mask defaulting to None and guards them with `is None` / `is not None` tests -> resolved at compile time, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OptionalHistoryUserTower(nn.Cell):
    def __init__(self, profile_dim=6, num_items=40, emb_dim=8):
        super().__init__()
        self.profile_proj = nn.Dense(profile_dim, emb_dim)
        self.item_emb = nn.Embedding(num_items, emb_dim)
        self.hist_proj = nn.Dense(emb_dim, emb_dim)

    def pool(self, hist_ids, hist_mask):
        emb = self.item_emb(hist_ids)
        if hist_mask is None:
            return emb.mean(axis=1)
        m = hist_mask.astype(ms.float32).expand_dims(-1)
        return (emb * m).sum(axis=1) / ops.clamp(m.sum(axis=1), min=1.0)

    def construct(self, profile, hist_ids=None, hist_mask=None):
        user = self.profile_proj(profile)
        if hist_ids is not None:
            user = user + self.hist_proj(self.pool(hist_ids, hist_mask))
        return user


def make():
    np.random.seed(27)
    profile = Tensor(np.random.randn(4, 6).astype(np.float32))
    hist = Tensor(np.random.randint(0, 40, size=(4, 5)).astype(np.int32))
    return OptionalHistoryUserTower(), (profile, hist)
