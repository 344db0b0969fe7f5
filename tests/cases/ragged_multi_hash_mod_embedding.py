# case: hashing trick with several (multiplier, bucket) hash functions applied with tensor mod, embeddings summed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiHashEmbedding(nn.Cell):
    """Double/triple hashing to reduce collisions for high-cardinality ids."""

    def __init__(self, dim=6, num_buckets=(31, 37, 41), multipliers=(7, 13, 17), combine="sum"):
        super().__init__()
        self.num_buckets = num_buckets
        self.multipliers = multipliers
        self.combine = combine
        self.tables = nn.CellList([nn.Embedding(n, dim) for n in num_buckets])

    def bucketize(self, raw_ids, mult, n):
        return ops.floor_mod(raw_ids * mult + 1, n)

    def construct(self, raw_ids):
        out = None
        for i, table in enumerate(self.tables):
            b = self.bucketize(raw_ids, self.multipliers[i], self.num_buckets[i])
            v = table(b)
            out = v if out is None else (out + v if self.combine == "sum" else ops.maximum(out, v))
        return out.sum(axis=1)


def make():
    np.random.seed(0)
    raw = Tensor(np.random.randint(0, 100000, size=(3, 4)).astype(np.int32))
    return MultiHashEmbedding(), (raw,)
