# case: evaluation head averages only the scores of non-padded candidates, picked with ops.masked_select in a helper -> output length from data, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvalConfig:
    def __init__(self, dim=8, reduce_valid_only=True):
        self.dim = dim
        self.reduce_valid_only = reduce_valid_only


def valid_scores(scores, cand_mask):
    return ops.masked_select(scores, cand_mask.astype(ms.bool_))


class MeanCandidateScore(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.q = nn.Dense(config.dim, config.dim)
        self.reduce_valid_only = config.reduce_valid_only

    def construct(self, query, candidates, cand_mask):
        scores = (self.q(query).expand_dims(1) * candidates).sum(axis=-1)
        if self.reduce_valid_only:
            picked = valid_scores(scores, cand_mask)
            return picked.mean(), picked
        return scores.mean(), scores.reshape(-1)


def make():
    np.random.seed(39)
    q = Tensor(np.random.randn(3, 8).astype(np.float32))
    c = Tensor(np.random.randn(3, 5, 8).astype(np.float32))
    m = Tensor((np.arange(5)[None] < np.array([[5], [2], [3]])).astype(np.int32))
    return MeanCandidateScore(EvalConfig()), (q, c, m)
