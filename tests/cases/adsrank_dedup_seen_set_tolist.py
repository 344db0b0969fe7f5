# case: feed ranker drops already-seen item ids by building a Python set from tolist() of the history tensor and filtering candidates in a loop -> compile error at line 8
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def filter_seen(cand_ids, cand_scores, history_ids):
    seen = set(history_ids.tolist())
    keep_scores = []
    for i, item in enumerate(cand_ids.tolist()):
        if item not in seen:
            keep_scores.append(cand_scores[i])
    return ops.stack(keep_scores)


class SeenFilterRanker(nn.Cell):
    def __init__(self, vocab=40, emb_dim=6, filter_history=True):
        super().__init__()
        self.filter_history = filter_history
        self.item_emb = nn.Embedding(vocab, emb_dim)
        self.user_proj = nn.Dense(emb_dim, emb_dim)

    def construct(self, user_vec, cand_ids, history_ids):
        scores = ops.matmul(self.item_emb(cand_ids), self.user_proj(user_vec))
        if self.filter_history:
            scores = filter_seen(cand_ids, scores, history_ids)
        return ops.softmax(scores, axis=0)


def make():
    np.random.seed(24)
    user = Tensor(np.random.randn(6).astype(np.float32))
    cands = Tensor(np.array([1, 5, 9, 12, 20, 33], np.int32))
    hist = Tensor(np.array([5, 20, 7], np.int32))
    return SeenFilterRanker(), (user, cands, hist)
