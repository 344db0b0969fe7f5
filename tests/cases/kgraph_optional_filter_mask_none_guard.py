# case: 1-N tail scorer with an optional filter mask argument guarded by `is None` and called without it -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TuckerLiteScorer(nn.Cell):
    def __init__(self, num_entities=25, num_relations=4, ent_dim=8, rel_dim=4):
        super().__init__()
        self.ent = nn.Embedding(num_entities, ent_dim)
        self.rel = nn.Embedding(num_relations, rel_dim)
        self.core = nn.Dense(rel_dim, ent_dim * ent_dim, has_bias=False)
        self.ent_dim = ent_dim

    def query(self, heads, rels):
        w = self.core(self.rel(rels)).reshape(-1, self.ent_dim, self.ent_dim)
        return ops.bmm(self.ent(heads).expand_dims(1), w).squeeze(1)

    def construct(self, heads, rels, filter_mask=None, return_probs=True):
        logits = ops.matmul(self.query(heads, rels), self.ent.embedding_table.T)
        if filter_mask is not None:
            logits = ops.masked_fill(logits, filter_mask, Tensor(-1e9, ms.float32))
        if isinstance(return_probs, bool) and return_probs:
            return ops.sigmoid(logits)
        return logits


def make():
    np.random.seed(36)
    h = np.random.randint(0, 25, 4).astype(np.int32)
    r = np.random.randint(0, 4, 4).astype(np.int32)
    return TuckerLiteScorer(), (Tensor(h), Tensor(r))
