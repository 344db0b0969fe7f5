# case: re-identification sub-Cell gathers gallery embeddings for candidates whose similarity passes a margin (argwhere indices) before matching -> data-dependent index count in a sub-Cell, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateFilter(nn.Cell):
    def __init__(self, margin=0.2):
        super().__init__()
        self.margin = margin

    def construct(self, sims, gallery):
        idx = ops.argwhere(sims > self.margin).reshape(-1)
        return ops.gather(gallery, idx, 0)


class ReIDMatcher(nn.Cell):
    def __init__(self, dim=8, margin=0.2):
        super().__init__()
        self.filter = CandidateFilter(margin)
        self.norm = ops.L2Normalize(axis=-1)

    def construct(self, query, gallery):
        q = self.norm(query)
        g = self.norm(gallery)
        sims = ops.matmul(g, q)
        cands = self.filter(sims, g)
        return ops.matmul(cands, q).max()


def make():
    np.random.seed(17)
    query = Tensor(np.random.randn(8).astype(np.float32))
    gallery = Tensor(np.random.randn(15, 8).astype(np.float32))
    return ReIDMatcher(8, 0.2), (query, gallery)
