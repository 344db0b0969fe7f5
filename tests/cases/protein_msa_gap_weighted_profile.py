# case: down-weights gappy MSA rows with a fixed-size weight vector instead of dropping them -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GAP_TOKEN = 21


class WeightedMSAProfile(nn.Cell):
    def __init__(self, dim=8, max_gap_fraction=0.5):
        super().__init__()
        self.max_gap = max_gap_fraction
        self.proj = nn.Dense(dim, dim)

    def row_weights(self, msa_tokens):
        gap_frac = (msa_tokens == GAP_TOKEN).astype(ms.float32).mean(axis=1)
        keep = ops.select(gap_frac <= self.max_gap, ops.ones_like(gap_frac), ops.zeros_like(gap_frac))
        return keep / ops.maximum(keep.sum(), Tensor(1.0, ms.float32))

    def construct(self, msa_tokens, msa_feats):
        w = self.row_weights(msa_tokens)
        profile = (msa_feats * w.reshape(-1, 1, 1)).sum(axis=0)
        return self.proj(profile)


def make():
    np.random.seed(10)
    tokens = np.random.randint(0, 20, (6, 10)).astype(np.int32)
    tokens[2, :7] = GAP_TOKEN
    feats = np.random.randn(6, 10, 8).astype(np.float32)
    return WeightedMSAProfile(), (Tensor(tokens), Tensor(feats))
