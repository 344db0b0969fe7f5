# case: cold-start items with ids outside the vocabulary are hashed into OOV buckets with modulo and ops.where before the embedding lookup -> elementwise, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HashedItemTower(nn.Cell):
    def __init__(self, vocab_size=50, num_oov_buckets=8, emb_dim=8):
        super().__init__()
        self.vocab_size = vocab_size
        self.num_oov_buckets = num_oov_buckets
        self.emb = nn.Embedding(vocab_size + num_oov_buckets, emb_dim)
        self.proj = nn.Dense(emb_dim, emb_dim)

    def bucketize(self, raw_ids):
        in_vocab = ops.logical_and(raw_ids >= 0, raw_ids < self.vocab_size)
        oov = self.vocab_size + ops.abs(raw_ids) % self.num_oov_buckets
        return ops.where(in_vocab, raw_ids, oov)

    def construct(self, raw_ids):
        return self.proj(self.emb(self.bucketize(raw_ids)))


class Scorer(nn.Cell):
    def __init__(self, feat_dim=6, emb_dim=8):
        super().__init__()
        self.user_tower = nn.Dense(feat_dim, emb_dim)
        self.item_tower = HashedItemTower(emb_dim=emb_dim)

    def construct(self, users, raw_item_ids):
        return ops.matmul(self.user_tower(users), self.item_tower(raw_item_ids).T)


def make():
    np.random.seed(32)
    users = Tensor(np.random.randn(3, 6).astype(np.float32))
    raw = Tensor(np.array([3, 49, 57, 1203, -7, 12], dtype=np.int32))
    return Scorer(), (users, raw)
