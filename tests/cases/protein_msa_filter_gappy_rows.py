# case: drops MSA rows whose gap fraction exceeds a threshold using boolean-mask indexing before column attention -> dynamic shape (row count depends on data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GAP_TOKEN = 21


class GappyRowFilter(nn.Cell):
    def __init__(self, max_gap_fraction=0.5):
        super().__init__()
        self.max_gap = max_gap_fraction

    def construct(self, msa_tokens, msa_feats):
        gap_frac = (msa_tokens == GAP_TOKEN).astype(ms.float32).mean(axis=1)
        keep = gap_frac <= self.max_gap
        return msa_feats[keep]


class MSAProfile(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.filter = GappyRowFilter()
        self.proj = nn.Dense(dim, dim)

    def construct(self, msa_tokens, msa_feats):
        kept = self.filter(msa_tokens, msa_feats)
        return self.proj(kept.mean(axis=0))


def make():
    np.random.seed(9)
    tokens = np.random.randint(0, 20, (6, 10)).astype(np.int32)
    tokens[2, :7] = GAP_TOKEN
    tokens[4, :8] = GAP_TOKEN
    feats = np.random.randn(6, 10, 8).astype(np.float32)
    return MSAProfile(), (Tensor(tokens), Tensor(feats))
