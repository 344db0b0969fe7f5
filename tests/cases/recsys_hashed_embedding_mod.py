# case: hashed feature ids via modulo bucket size before nn.Embedding lookup, sum-pooled per field; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BUCKETS = 1000
EMB_DIM = 8


class HashedEmbedding(nn.Cell):
    def __init__(self, buckets=BUCKETS, dim=EMB_DIM, salt=7919):
        super().__init__()
        self.buckets = buckets
        self.salt = salt
        self.table = nn.Embedding(buckets, dim)

    def construct(self, raw_ids):
        hashed = (raw_ids * self.salt) % self.buckets
        return self.table(hashed)


class Tower(nn.Cell):
    def __init__(self):
        super().__init__()
        self.emb = HashedEmbedding()
        self.mlp = nn.SequentialCell([nn.Dense(EMB_DIM * 3, 16), nn.ReLU(), nn.Dense(16, 1)])

    def construct(self, ids):
        e = self.emb(ids)
        e = e.reshape(ids.shape[0], -1)
        return ops.sigmoid(self.mlp(e))


def make():
    ids = Tensor(np.random.RandomState(9).randint(0, 10 ** 6, (5, 3)).astype(np.int32))
    return Tower(), (ids,)
