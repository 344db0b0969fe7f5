# case: cache the last query embedding in a module-level dict mutated from construct -> global state mutation inside the compiled graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

QUERY_CACHE = {}


class CachedQueryEncoder(nn.Cell):
    def __init__(self, vocab=150, dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.pool_proj = nn.Dense(dim, dim)

    def construct(self, token_ids):
        vec = self.pool_proj(self.emb(token_ids).mean(axis=1))
        QUERY_CACHE["last"] = vec
        QUERY_CACHE["count"] = QUERY_CACHE.get("count", 0) + 1
        return vec


def make():
    np.random.seed(11)
    ids = np.random.randint(0, 150, size=(2, 5)).astype(np.int32)
    return CachedQueryEncoder(), (Tensor(ids),)
