# case: construct packs field embeddings into a small Python helper class instance before the interaction; expect error at STRICT (custom class), and at LAX the fallback object fails at execution (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FieldBatch:
    def __init__(self, dense, sparse):
        self.dense = dense
        self.sparse = sparse


class WideDeep(nn.Cell):
    def __init__(self, vocab=60, dim=4, num_dense=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.dense_proj = nn.Dense(num_dense, dim)
        self.deep = nn.Dense(dim, 1)

    def construct(self, dense_feats, ids):
        batch = FieldBatch(self.dense_proj(dense_feats), self.emb(ids))
        wide = (batch.sparse.sum(1) * batch.dense).sum(-1, keepdims=True)
        deep = self.deep(batch.sparse.mean(1))
        return ops.sigmoid(wide + deep)


def make():
    rng = np.random.RandomState(41)
    dense = Tensor(rng.randn(5, 4).astype(np.float32))
    ids = Tensor(rng.randint(0, 60, (5, 3)).astype(np.int32))
    return WideDeep(), (dense, ids)
