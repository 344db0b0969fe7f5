# case: hashed sparse-feature embedding deduplicates the bucket ids of a batch with ops.unique before the table lookup and scatters back through the inverse index -> unique output size depends on id values, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HASH_PRIME = 1000003


def hash_bucket(ids, num_buckets):
    return (ids * HASH_PRIME) % num_buckets


class HashedEmbedding(nn.Cell):
    def __init__(self, num_buckets, emb_dim, dedup_lookup=True):
        super().__init__()
        self.num_buckets = num_buckets
        self.dedup_lookup = dedup_lookup
        self.table = nn.Embedding(num_buckets, emb_dim)

    def construct(self, raw_ids):
        buckets = hash_bucket(raw_ids, self.num_buckets)
        if not self.dedup_lookup:
            return self.table(buckets)
        flat = buckets.reshape(-1)
        uniq, inverse = ops.unique(flat)
        rows = self.table(uniq)
        out = ops.gather(rows, inverse, 0)
        return out.reshape(buckets.shape + (-1,))


class SparseFieldEncoder(nn.Cell):
    def __init__(self, num_fields, num_buckets=97, emb_dim=8):
        super().__init__()
        self.embed = HashedEmbedding(num_buckets, emb_dim)
        self.proj = nn.Dense(num_fields * emb_dim, 16)

    def construct(self, raw_ids):
        emb = self.embed(raw_ids)
        return self.proj(emb.reshape(emb.shape[0], -1))


def make():
    np.random.seed(3855)
    ids = Tensor(np.random.randint(0, 5000, size=(6, 4)).astype(np.int32))
    return SparseFieldEncoder(num_fields=4), (ids,)
