# case: search ranking deduplicates candidate item ids with ops.unique and re-gathers their embeddings -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DedupItemScorer(nn.Cell):
    def __init__(self, vocab_size=50, emb_dim=8, dedup=True):
        super().__init__()
        self.dedup = dedup
        self.item_emb = nn.Embedding(vocab_size, emb_dim)
        self.query_proj = nn.Dense(emb_dim, emb_dim)

    def _dedup(self, item_ids):
        if self.dedup:
            uniq_ids, inverse = ops.unique(item_ids)
            return uniq_ids, inverse
        return item_ids, ops.arange(item_ids.shape[0])

    def construct(self, query_vec, item_ids):
        uniq_ids, _ = self._dedup(item_ids)
        item_vecs = self.item_emb(uniq_ids)
        q = self.query_proj(query_vec)
        logits = ops.matmul(item_vecs, q)
        return ops.softmax(logits, axis=0), uniq_ids


def make():
    np.random.seed(2)
    query = Tensor(np.random.randn(8).astype(np.float32))
    ids = Tensor(np.array([3, 7, 3, 11, 7, 20, 42, 11], dtype=np.int32))
    return DedupItemScorer(), (query, ids)
