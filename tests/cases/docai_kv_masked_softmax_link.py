# case: key-value linking scores with a masked softmax over padded value slots using a large negative fill on fixed shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KVLinkScorer(nn.Cell):
    def __init__(self, dim=16, neg_inf=-1e9):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.scale = 1.0 / np.sqrt(dim)
        self.neg_inf = neg_inf

    def construct(self, key_emb, val_emb, val_mask):
        logits = ops.matmul(self.q(key_emb), self.k(val_emb).T) * self.scale
        mask = ops.broadcast_to(val_mask.expand_dims(0), logits.shape)
        logits = ops.masked_fill(logits, ops.logical_not(mask), self.neg_inf)
        probs = ops.softmax(logits, axis=-1)
        best = probs.argmax(axis=-1)
        return probs, best


def make():
    np.random.seed(43)
    keys = Tensor(np.random.randn(5, 16).astype(np.float32))
    vals = Tensor(np.random.randn(8, 16).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 1, 1, 0, 0, 0], np.bool_))
    return KVLinkScorer(), (keys, vals, mask)
