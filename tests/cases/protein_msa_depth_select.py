# case: blends full-MSA profile and query-only embedding with ops.select on a tensor depth condition, both operands having the same shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveMSAEncoder(nn.Cell):
    def __init__(self, vocab=23, dim=8, min_depth=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.min_depth = min_depth

    def construct(self, msa_tokens):
        emb = self.embed(msa_tokens)
        row_valid = (msa_tokens.sum(axis=1) > 0).astype(ms.float32)
        depth = row_valid.sum()
        profile = (emb * row_valid.reshape(-1, 1, 1)).sum(axis=0) / ops.maximum(depth, Tensor(1.0, ms.float32))
        query = emb[0]
        use_profile = ops.broadcast_to(depth >= self.min_depth, query.shape)
        return ops.select(use_profile, profile, query)


def make():
    np.random.seed(22)
    msa = np.random.randint(1, 23, (6, 10)).astype(np.int32)
    msa[3:] = 0
    return AdaptiveMSAEncoder(), (Tensor(msa),)
