# case: user tower trims padded click history to the longest real length (int of lengths.max()) before mean pooling -> slice bound from tensor value, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryEncoder(nn.Cell):
    def __init__(self, num_items=50, emb_dim=8):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, emb_dim, padding_idx=0)

    def construct(self, hist_ids, lengths):
        max_len = int(lengths.max())
        hist_ids = hist_ids[:, :max_len]
        emb = self.item_emb(hist_ids)
        mask = (hist_ids > 0).astype(ms.float32).expand_dims(-1)
        summed = (emb * mask).sum(axis=1)
        return summed / ops.maximum(mask.sum(axis=1), 1.0)


class UserTower(nn.Cell):
    def __init__(self, profile_dim=6, emb_dim=8):
        super().__init__()
        self.history = HistoryEncoder(emb_dim=emb_dim)
        self.profile_proj = nn.Dense(profile_dim, emb_dim)
        self.out = nn.Dense(2 * emb_dim, emb_dim)

    def construct(self, profile, hist_ids, lengths):
        h = self.history(hist_ids, lengths)
        p = self.profile_proj(profile)
        return self.out(ops.concat((h, p), axis=-1))


def make():
    np.random.seed(1)
    lengths = np.array([3, 5, 2, 4], dtype=np.int32)
    hist = np.zeros((4, 10), dtype=np.int32)
    for i, n in enumerate(lengths):
        hist[i, :n] = np.random.randint(1, 50, size=n)
    profile = np.random.randn(4, 6).astype(np.float32)
    return UserTower(), (Tensor(profile), Tensor(hist), Tensor(lengths))
