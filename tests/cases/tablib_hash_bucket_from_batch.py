# case: hashed categorical embedding infers its bucket count from the largest id in the batch (int(ids.max())) when config.hash_buckets is None, then slices the table -> Graph mode rejects or goes dynamic on the data-derived size
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

MAX_BUCKETS = 64
HASH_PRIME = 31


@dataclass
class CatEmbedConfig:
    n_cat_features: int = 3
    d_embed: int = 4
    use_hashing: bool = True
    hash_buckets: int = None   # None -> infer from the batch


def _hash_ids(ids, buckets):
    return (ids * HASH_PRIME + 7) % buckets


class HashedCategoricalEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_hashing = config.use_hashing
        self.hash_buckets = config.hash_buckets
        self.d_embed = config.d_embed
        self._build_table(MAX_BUCKETS, config.d_embed)

    def _build_table(self, n, d):
        init = np.random.randn(n, d).astype(np.float32) * 0.02
        self.table = Parameter(Tensor(init), name="cat_table")

    def _num_buckets(self, ids):
        if self.hash_buckets is not None:
            return self.hash_buckets
        return int(ids.max()) + 1

    def construct(self, ids):
        n = self._num_buckets(ids)
        if self.use_hashing:
            ids = _hash_ids(ids, n)
        onehot = ops.one_hot(ids, n, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return ops.matmul(onehot, self.table[:n])


def make():
    np.random.seed(11)
    cfg = CatEmbedConfig()
    ids = Tensor(np.random.randint(0, 20, size=(6, cfg.n_cat_features)).astype(np.int32))
    return HashedCategoricalEmbedding(cfg), (ids,)
