# case: mean pooling of padded user histories with a length mask built from arange over the static max length -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMeanPool(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, seq_emb, lengths):
        max_len = seq_emb.shape[1]
        positions = ops.arange(max_len, dtype=ms.int32).expand_dims(0)
        mask = (positions < lengths.expand_dims(1)).astype(seq_emb.dtype)
        summed = (seq_emb * mask.expand_dims(-1)).sum(axis=1)
        count = mask.sum(axis=1, keepdims=True)
        return summed / (count + self.eps)


class UserHistoryTower(nn.Cell):
    def __init__(self, num_items=40, emb_dim=8, out_dim=8):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, emb_dim)
        self.pool = MaskedMeanPool()
        self.proj = nn.Dense(emb_dim, out_dim, activation='tanh')

    def construct(self, hist_ids, lengths):
        seq = self.item_emb(hist_ids)
        pooled = self.pool(seq, lengths)
        return self.proj(pooled)


def make():
    np.random.seed(2)
    hist = np.random.randint(0, 40, size=(5, 7)).astype(np.int32)
    lengths = np.array([7, 3, 1, 5, 2], dtype=np.int32)
    return UserHistoryTower(), (Tensor(hist), Tensor(lengths))
