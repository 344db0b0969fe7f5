# case: recent-interest block keeps the last k items of a right-aligned history with k taken from the config and the sequence length from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecentItemsConfig:
    def __init__(self, n_items=80, dim=8, last_k=3, heads=2):
        self.n_items = n_items
        self.dim = dim
        self.last_k = last_k
        self.heads = heads


class RecentInterestBlock(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or RecentItemsConfig()
        self.item_emb = nn.Embedding(cfg.n_items, cfg.dim, padding_idx=0)
        self.last_k = cfg.last_k
        self.att = nn.MultiheadAttention(cfg.dim, cfg.heads, batch_first=True)

    def window(self, hist):
        seq_len = hist.shape[1]
        k = min(self.last_k, seq_len)
        return hist[:, seq_len - k:]

    def construct(self, hist, target):
        recent = self.window(hist)
        keys = self.item_emb(recent)
        q = self.item_emb(target).expand_dims(1)
        pad = recent == 0
        out, _ = self.att(q, keys, keys, key_padding_mask=pad)
        return out.squeeze(1)


def make():
    np.random.seed(27)
    hist = np.random.randint(1, 80, size=(3, 6)).astype(np.int32)
    hist[1, :4] = 0
    target = np.random.randint(1, 80, size=(3,)).astype(np.int32)
    return RecentInterestBlock(), (Tensor(hist), Tensor(target))
