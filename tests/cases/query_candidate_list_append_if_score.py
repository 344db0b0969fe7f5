# case: walk candidate rewrites and append those whose score beats the original query score to a list, then stack -> list grown under a tensor-valued if, data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RewriteScorer(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.score = nn.Dense(dim, 1)

    def construct(self, orig_vec, cand_vecs):
        base = self.score(orig_vec).squeeze()
        better = []
        for i in range(cand_vecs.shape[0]):
            s = self.score(cand_vecs[i:i + 1]).squeeze()
            if s > base:
                better.append(cand_vecs[i])
        if len(better) == 0:
            return orig_vec
        return ops.stack(better)


def make():
    np.random.seed(20)
    orig = np.random.randn(1, 8).astype(np.float32)
    cands = np.random.randn(5, 8).astype(np.float32)
    return RewriteScorer(), (Tensor(orig), Tensor(cands))
