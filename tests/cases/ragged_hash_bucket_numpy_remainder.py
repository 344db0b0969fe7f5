# case: hashing trick for raw feature ids computed with numpy remainder/multiply on the id tensor -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HashedFeatureEmbedding(nn.Cell):
    """Maps unbounded raw feature ids into a fixed number of hash buckets, then embeds them."""

    def __init__(self, num_buckets=97, dim=8, salt=40503, pooling="sum"):
        super().__init__()
        self.num_buckets = num_buckets
        self.salt = salt
        self.pooling = pooling
        self.table = nn.Embedding(num_buckets, dim)

    def hash_ids(self, raw_ids):
        mixed = np.multiply(raw_ids, self.salt)
        return Tensor(np.remainder(mixed, self.num_buckets).astype(np.int32))

    def construct(self, raw_ids):
        buckets = self.hash_ids(raw_ids)
        vecs = self.table(buckets)
        if self.pooling == "sum":
            return vecs.sum(axis=1)
        return vecs.max(axis=1)


def make():
    np.random.seed(0)
    raw = Tensor(np.random.randint(0, 1000000, size=(4, 5)).astype(np.int32))
    return HashedFeatureEmbedding(), (raw,)
