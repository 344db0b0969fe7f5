# case: hard-negative mining masks false negatives above positive-minus-margin with where, then takes a fixed number of hardest negatives with topk -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarginHardNegativeMiner(nn.Cell):
    def __init__(self, num_hard=4, margin=0.05, neg_fill=-1e4):
        super().__init__()
        self.num_hard = num_hard
        self.margin = margin
        self.neg_fill = neg_fill

    def _sim(self, q, c):
        return ops.matmul(ops.L2Normalize(axis=-1)(q), ops.L2Normalize(axis=-1)(c).T)

    def construct(self, queries, positives, candidates, cand_ids):
        sims = self._sim(queries, candidates)
        pos = (ops.L2Normalize(axis=-1)(queries) * ops.L2Normalize(axis=-1)(positives)).sum(-1)
        too_close = sims > (pos.reshape(-1, 1) - self.margin)
        masked = ops.where(too_close, ops.full_like(sims, self.neg_fill), sims)
        hard_scores, hard_pos = ops.topk(masked, self.num_hard)
        hard_ids = ops.gather(cand_ids, hard_pos.reshape(-1), 0).reshape(hard_pos.shape)
        return hard_ids, hard_scores


def make():
    np.random.seed(22)
    q = Tensor(np.random.randn(3, 8).astype(np.float32))
    p = Tensor(np.random.randn(3, 8).astype(np.float32))
    c = Tensor(np.random.randn(20, 8).astype(np.float32))
    ids = Tensor(np.arange(500, 520, dtype=np.int32))
    return MarginHardNegativeMiner(), (q, p, c, ids)
