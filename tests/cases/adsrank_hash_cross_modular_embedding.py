# case: ads feature crosses hashed with integer multiply-add and floor_mod on tensors over field pairs chosen in __init__ -> static
import itertools
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HashedCrossLayer(nn.Cell):
    """Hashes every pair of categorical fields into a shared bucket space."""

    def __init__(self, num_fields=3, num_buckets=101, emb_dim=4, prime=31):
        super().__init__()
        self.pairs = tuple(itertools.combinations(range(num_fields), 2))
        self.num_buckets = num_buckets
        self.prime = prime
        self.emb = nn.Embedding(num_buckets, emb_dim)

    def _hash(self, a, b, salt):
        h = (a * self.prime + b) * (2 * salt + 1) + salt
        return ops.floor_mod(h, self.num_buckets)

    def construct(self, field_ids):
        outs = []
        for salt, (i, j) in enumerate(self.pairs):
            ids = self._hash(field_ids[:, i], field_ids[:, j], salt)
            outs.append(self.emb(ids))
        return ops.stack(outs, axis=1)


class CrossCtrModel(nn.Cell):
    def __init__(self, num_fields=3, emb_dim=4):
        super().__init__()
        self.cross = HashedCrossLayer(num_fields=num_fields, emb_dim=emb_dim)
        n_pairs = num_fields * (num_fields - 1) // 2
        self.head = nn.Dense(n_pairs * emb_dim, 1)

    def construct(self, field_ids):
        crosses = self.cross(field_ids)
        flat = crosses.reshape(crosses.shape[0], -1)
        return ops.sigmoid(self.head(flat)).squeeze(-1)


def make():
    np.random.seed(9)
    ids = Tensor(np.random.randint(0, 1000, size=(4, 3)).astype(np.int32))
    return CrossCtrModel(), (ids,)
