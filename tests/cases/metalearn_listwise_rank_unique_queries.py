# case: listwise softmax ranking loss averaged per query, with queries found by ops.unique on the query-id column -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ListwiseRankingLoss(nn.Cell):
    def __init__(self, feat_dim=8, temperature=1.0):
        super().__init__()
        self.scorer = nn.SequentialCell(nn.Dense(feat_dim, 16), nn.ReLU(), nn.Dense(16, 1))
        self.temperature = temperature

    def per_query_lse(self, scores, query_ids):
        uniq, inverse = ops.unique(query_ids)
        n_q = uniq.shape[0]
        exp_s = ops.exp(scores / self.temperature)
        denom = ops.unsorted_segment_sum(exp_s, inverse, n_q)
        return ops.log(ops.gather(denom, inverse, 0)), n_q

    def construct(self, feats, labels, query_ids):
        scores = self.scorer(feats).squeeze(-1)
        lse, n_q = self.per_query_lse(scores, query_ids)
        log_prob = scores / self.temperature - lse
        return -(log_prob * labels).sum() / n_q


def make():
    np.random.seed(11)
    loss = ListwiseRankingLoss()
    feats = Tensor(np.random.randn(9, 8).astype(np.float32))
    labels = Tensor(np.array([1, 0, 0, 0, 1, 0, 0, 0, 1], np.float32))
    qids = Tensor(np.array([0, 0, 0, 3, 3, 3, 7, 7, 7], np.int32))
    return loss, (feats, labels, qids)
