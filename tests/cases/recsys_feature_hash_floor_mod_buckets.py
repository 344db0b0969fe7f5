# case: hashing trick for raw high-cardinality ids and crosses with multiplicative hashing and floor_mod into fixed bucket counts from the config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HASH_PRIMES = (2654435761 % 2**31, 40503, 9973)


class HashedFeatureEmbedding(nn.Cell):
    def __init__(self, num_buckets=(64, 32), dim=6, cross=True):
        super().__init__()
        self.num_buckets = num_buckets
        self.tables = nn.CellList([nn.Embedding(n, dim) for n in num_buckets])
        self.cross = cross
        if cross:
            self.cross_table = nn.Embedding(num_buckets[0], dim)

    def hash_ids(self, raw, buckets, prime):
        mixed = ops.floor_mod(raw * prime, 2147483647)
        return ops.floor_mod(mixed, buckets)

    def construct(self, raw_user, raw_item):
        raw = (raw_user, raw_item)
        outs = []
        for i in range(len(self.num_buckets)):
            ids = self.hash_ids(raw[i], self.num_buckets[i], HASH_PRIMES[i + 1])
            outs.append(self.tables[i](ids))
        if self.cross:
            crossed = self.hash_ids(raw_user * 31 + raw_item, self.num_buckets[0], HASH_PRIMES[2])
            outs.append(self.cross_table(crossed))
        return ops.concat(outs, axis=-1)


def make():
    np.random.seed(28)
    users = Tensor(np.random.randint(0, 10**6, size=(5,)).astype(np.int32))
    items = Tensor(np.random.randint(0, 10**5, size=(5,)).astype(np.int32))
    return HashedFeatureEmbedding(), (users, items)
