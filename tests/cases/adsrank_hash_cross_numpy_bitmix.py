# case: ads feature cross hashes (user_bucket, ad_category) pairs with a NumPy bit-mix over asnumpy() values before the embedding lookup -> compile error at line 10
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

_MIX = np.int64(0x9E3779B1)


def hash_cross(user_bucket, ad_category, num_buckets):
    a = user_bucket.asnumpy().astype(np.int64)
    b = ad_category.asnumpy().astype(np.int64)
    mixed = (a * _MIX) ^ (b + 0x7F4A7C15)
    return Tensor((np.abs(mixed) % num_buckets).astype(np.int32))


class CrossFeatureTower(nn.Cell):
    def __init__(self, num_buckets=97, emb_dim=8, use_cross=True):
        super().__init__()
        self.num_buckets = num_buckets
        self.use_cross = use_cross
        self.cross_emb = nn.Embedding(num_buckets, emb_dim)
        self.user_emb = nn.Embedding(20, emb_dim)
        self.out = nn.Dense(2 * emb_dim, 1)

    def construct(self, user_bucket, ad_category):
        u = self.user_emb(user_bucket)
        if self.use_cross:
            cross_ids = hash_cross(user_bucket, ad_category, self.num_buckets)
            c = self.cross_emb(cross_ids)
        else:
            c = ops.zeros_like(u)
        return ops.sigmoid(self.out(ops.concat((u, c), axis=-1)))


def make():
    np.random.seed(8)
    ub = Tensor(np.random.randint(0, 20, size=(6,)).astype(np.int32))
    cat = Tensor(np.random.randint(0, 300, size=(6,)).astype(np.int32))
    return CrossFeatureTower(), (ub, cat)
