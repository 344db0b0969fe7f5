# case: two-tower retrieval returns top-k candidates where k is capped by the number of valid (non-padded) candidates counted from the candidate mask -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoTowerRetriever(nn.Cell):
    def __init__(self, user_vocab=50, item_vocab=100, dim=8, top_k=5):
        super().__init__()
        self.user_emb = nn.Embedding(user_vocab, dim)
        self.item_emb = nn.Embedding(item_vocab, dim)
        self.user_mlp = nn.SequentialCell([nn.Dense(dim, dim), nn.Tanh()])
        self.top_k = top_k

    def score(self, user_ids, cand_ids):
        u = self.user_mlp(self.user_emb(user_ids))          # (B, D)
        c = self.item_emb(cand_ids)                          # (B, C, D)
        return ops.bmm(c, u.expand_dims(-1)).squeeze(-1)     # (B, C)

    def construct(self, user_ids, cand_ids, cand_mask):
        scores = self.score(user_ids, cand_ids)
        scores = ops.where(cand_mask, scores, ops.full_like(scores, -1e4))
        num_valid = cand_mask.astype(ms.int32).sum(axis=1).min()
        k = ops.minimum(num_valid, self.top_k)
        top_scores, top_idx = ops.topk(scores, k, dim=1)
        top_items = ops.gather_elements(cand_ids, 1, top_idx)
        return top_scores, top_items


def make():
    np.random.seed(6)
    users = Tensor(np.random.randint(0, 50, size=(3,)).astype(np.int32))
    cands = Tensor(np.random.randint(0, 100, size=(3, 10)).astype(np.int32))
    mask = np.ones((3, 10), dtype=np.bool_)
    mask[1, 7:] = False
    mask[2, 4:] = False
    return TwoTowerRetriever(), (users, cands, Tensor(mask))
