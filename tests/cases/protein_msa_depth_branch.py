# case: returns the full MSA embedding when many sequences are non-empty, otherwise collapses to the query row, branching on a tensor count so the two branches have different shapes -> error in graph mode
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
        depth = (msa_tokens.sum(axis=1) > 0).astype(ms.int32).sum()
        if depth >= self.min_depth:
            out = emb
        else:
            out = emb[0]
        return out


def make():
    np.random.seed(21)
    msa = np.random.randint(1, 23, (6, 10)).astype(np.int32)
    msa[3:] = 0
    return AdaptiveMSAEncoder(), (Tensor(msa),)
