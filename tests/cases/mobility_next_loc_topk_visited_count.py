# case: next-location recommender picks as many candidates as places already visited (topk k from mask sum) -> dynamic shape at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LocationScorer(nn.Cell):
    def __init__(self, n_locs=20, dim=8):
        super().__init__()
        self.loc_emb = nn.Embedding(n_locs, dim)
        self.query = nn.Dense(dim, dim)

    def construct(self, history):
        h = self.loc_emb(history).mean(axis=0)
        q = self.query(h)
        return ops.matmul(self.loc_emb.embedding_table, q)


class NextLocationRecommender(nn.Cell):
    """Scores all locations and returns a candidate list sized by user activity."""

    def __init__(self, n_locs=20, dim=8, min_candidates=1):
        super().__init__()
        self.scorer = LocationScorer(n_locs, dim)
        self.min_candidates = min_candidates

    def num_candidates(self, visited_mask):
        return ops.maximum(visited_mask.astype(ms.int32).sum(), self.min_candidates)

    def construct(self, history, visited_mask):
        scores = self.scorer(history)
        scores = ops.masked_fill(scores, visited_mask, -1e9)
        k = self.num_candidates(visited_mask)
        top_scores, top_ids = ops.topk(scores, k)
        return top_ids, ops.softmax(top_scores)


def make():
    np.random.seed(5)
    history = np.random.randint(0, 20, size=6).astype(np.int32)
    visited = np.zeros(20, dtype=np.bool_)
    visited[history] = True
    return NextLocationRecommender(), (Tensor(history), Tensor(visited))
