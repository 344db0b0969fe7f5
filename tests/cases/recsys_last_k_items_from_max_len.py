# case: sequence recommender keeps the last k items of the padded history, locating the window end from the longest user length in the batch -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecentInterest(nn.Cell):
    """Average of the most recent k item embeddings (right-aligned window)."""

    def __init__(self, n_items=60, dim=8, last_k=3):
        super().__init__()
        self.item_emb = nn.Embedding(n_items, dim, padding_idx=0)
        self.last_k = last_k
        self.proj = nn.Dense(dim, dim)

    def recent_window(self, hist, hist_len):
        end = int(hist_len.max())
        start = max(end - self.last_k, 0)
        return hist[:, start:end]

    def construct(self, hist, hist_len, target):
        recent = self.recent_window(hist, hist_len)
        rec_emb = self.item_emb(recent).mean(axis=1)
        user_vec = self.proj(rec_emb)
        tgt = self.item_emb(target)
        return (user_vec * tgt).sum(axis=-1)


def make():
    np.random.seed(4)
    hist = np.random.randint(1, 60, size=(4, 8)).astype(np.int32)
    lens = np.array([5, 3, 5, 2], dtype=np.int32)
    for i, l in enumerate(lens):
        hist[i, l:] = 0
    target = np.random.randint(1, 60, size=(4,)).astype(np.int32)
    return RecentInterest(), (Tensor(hist), Tensor(lens), Tensor(target))
