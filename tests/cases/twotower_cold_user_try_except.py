# case: user tower wraps history pooling in try/except to fall back to the profile embedding for users whose history lookup fails -> try/except in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryPool(nn.Cell):
    def __init__(self, num_items=30, emb_dim=8):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, emb_dim)

    def construct(self, hist_ids):
        return self.item_emb(hist_ids).mean(axis=1)


class RobustUserTower(nn.Cell):
    def __init__(self, profile_dim=6, emb_dim=8):
        super().__init__()
        self.history = HistoryPool(emb_dim=emb_dim)
        self.profile = nn.Dense(profile_dim, emb_dim)

    def construct(self, profile, hist_ids):
        base = self.profile(profile)
        try:
            hist = self.history(hist_ids)
        except (IndexError, ValueError):
            hist = ops.zeros_like(base)
        return base + hist


def make():
    np.random.seed(21)
    profile = Tensor(np.random.randn(4, 6).astype(np.float32))
    hist = Tensor(np.random.randint(0, 30, size=(4, 5)).astype(np.int32))
    return RobustUserTower(), (profile, hist)
