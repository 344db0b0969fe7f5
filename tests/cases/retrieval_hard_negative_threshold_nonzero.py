# case: hard-negative miner picks negatives whose similarity exceeds a margin via nonzero, then gathers them -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegativeMiner(nn.Cell):
    """Keeps negatives that are 'hard': similarity above a threshold but below the positive."""

    def __init__(self, low=0.1, high=0.9):
        super().__init__()
        self.low = low
        self.high = high

    def cosine(self, a, b):
        a = a / ops.norm(a, dim=-1, keepdim=True)
        b = b / ops.norm(b, dim=-1, keepdim=True)
        return ops.matmul(a, b.T)

    def construct(self, query, candidates, cand_emb):
        sims = self.cosine(query, cand_emb)[0]
        is_hard = ops.logical_and(sims > self.low, sims < self.high)
        hard_idx = ops.nonzero(is_hard).reshape(-1)
        hard_ids = ops.gather(candidates, hard_idx, 0)
        hard_scores = ops.gather(sims, hard_idx, 0)
        return hard_ids, hard_scores


def make():
    np.random.seed(1)
    query = Tensor(np.random.randn(1, 8).astype(np.float32))
    cand_emb = np.random.randn(12, 8).astype(np.float32)
    cand_emb[:4] = query.asnumpy() + 0.3 * cand_emb[:4]
    candidates = Tensor(np.arange(100, 112).astype(np.int32))
    return HardNegativeMiner(), (query, candidates, Tensor(cand_emb))
