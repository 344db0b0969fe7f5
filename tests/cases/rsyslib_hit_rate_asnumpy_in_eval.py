# case: evaluation wrapper computes HR@k inside construct by pulling ranks to NumPy with .asnumpy() when compute_metrics is on (default) -> .asnumpy() in construct, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOP_K = 5


class EvalConfig:
    compute_metrics = True
    top_k = TOP_K


def hit_rate(ranks, k):
    r = ranks.asnumpy()
    return float((r < k).mean())


class RankingEvaluator(nn.Cell):
    def __init__(self, scorer, config=None):
        super().__init__()
        self.scorer = scorer
        config = config if config is not None else EvalConfig()
        self.compute_metrics = getattr(config, "compute_metrics", False)
        self.top_k = config.top_k

    def construct(self, user_state, candidates):
        scores = self.scorer(user_state, candidates)
        target_score = scores[:, :1]
        ranks = (scores > target_score).astype(ms.int32).sum(axis=1)
        if self.compute_metrics:
            return ranks, hit_rate(ranks, self.top_k)
        return ranks


class DotScorer(nn.Cell):
    def __init__(self, n_items, hidden):
        super().__init__()
        self.item_emb = nn.Embedding(n_items + 1, hidden, padding_idx=0)

    def construct(self, user_state, candidates):
        return (self.item_emb(candidates) * user_state.expand_dims(1)).sum(-1)


def make():
    np.random.seed(3584)
    state = Tensor(np.random.randn(4, 8).astype(np.float32))
    cands = Tensor(np.random.randint(1, 31, size=(4, 11)).astype(np.int32))
    return RankingEvaluator(DotScorer(30, 8)), (state, cands)
