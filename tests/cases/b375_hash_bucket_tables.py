# case: multi-field hashing-trick embeddings: floor_mod with per-field prime salts and constant bucket counts, tables zipped with field sizes -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FIELD_BUCKETS = (101, 53, 29)
FIELD_SALTS = (7919, 104729, 1299709)


def hash_ids(ids, salt, buckets):
    return ops.floor_mod(ids * 1 + salt, buckets)


class HashedEmbeddingBag(nn.Cell):
    def __init__(self, dim=8, buckets=FIELD_BUCKETS, salts=FIELD_SALTS, combiner="concat"):
        super().__init__()
        self.buckets = tuple(buckets)
        self.salts = tuple(salts)
        self.combiner = combiner
        self.tables = nn.CellList([nn.Embedding(b, dim) for b in self.buckets])

    def construct(self, field_ids):
        vecs = []
        for i, (table, salt, buckets) in enumerate(zip(self.tables, self.salts, self.buckets)):
            ids = hash_ids(field_ids[:, :, i], salt, buckets)
            vecs.append(table(ids).mean(axis=1))
        if self.combiner == "sum":
            return sum(vecs)
        return ops.concat(vecs, axis=-1)


def make():
    np.random.seed(3778)
    ids = np.random.randint(0, 1000000, size=(4, 6, 3)).astype(np.int32)
    return HashedEmbeddingBag(), (Tensor(ids),)
