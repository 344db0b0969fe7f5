# case: candidate retrieval with top-k where k is a config value clipped to the candidate dimension -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfigTopKRetriever(nn.Cell):
    def __init__(self, num_entities=40, dim=8, top_k=5, pad_id=0):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.query_proj = nn.Dense(dim, dim)
        self.top_k = top_k
        self.pad_id = pad_id

    def construct(self, query_vec, cand_ids):
        q = self.query_proj(query_vec)
        cand = self.ent(cand_ids)
        scores = ops.bmm(cand, q.expand_dims(-1)).squeeze(-1)
        scores = ops.masked_fill(scores, cand_ids == self.pad_id, Tensor(-1e9, ms.float32))
        k = min(self.top_k, cand_ids.shape[-1])
        top_scores, top_pos = ops.topk(scores, k)
        top_ids = ops.gather_elements(cand_ids, 1, top_pos)
        return top_ids, ops.softmax(top_scores, axis=-1)


def make():
    np.random.seed(25)
    q = np.random.randn(3, 8).astype(np.float32)
    cands = np.random.randint(0, 40, (3, 7)).astype(np.int32)
    return ConfigTopKRetriever(), (Tensor(q), Tensor(cands))
