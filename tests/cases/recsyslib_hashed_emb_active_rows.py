# case: hashed item embedding table trims to the rows actually touched by the batch (row count from max id) -> slice length from tensor data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal

DEFAULT_BUCKETS = 64


class EmbeddingConfig:
    def __init__(self, vocab_size=64, embed_dim=16, use_hash=True, num_buckets=None):
        self.vocab_size = vocab_size
        self.embed_dim = embed_dim
        self.use_hash = use_hash
        self.num_buckets = num_buckets


class HashedEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_hash = config.use_hash
        self.num_buckets = config.num_buckets if config.num_buckets is not None else DEFAULT_BUCKETS
        self.embed_dim = config.embed_dim
        self._build_table()

    def _build_table(self):
        self.table = Parameter(initializer(Normal(0.01), (self.num_buckets, self.embed_dim), ms.float32),
                               name="hashed_table")

    def _active_rows(self, ids):
        n_rows = int(ids.max()) + 1
        return self.table[:n_rows]

    def construct(self, ids):
        if self.use_hash:
            ids = ops.floor_mod(ids, self.num_buckets)
        rows = self._active_rows(ids)
        return ops.gather(rows, ids, 0)


def make():
    np.random.seed(3901)
    cfg = EmbeddingConfig(vocab_size=500, embed_dim=16, use_hash=True, num_buckets=32)
    ids = Tensor(np.random.randint(0, 500, size=(8, 5)), ms.int32)
    return HashedEmbedding(cfg), (ids,)
