# case: aligner front-end that accepts either a single sequence tensor or a (query, target) tuple, dispatching on isinstance and tensor rank -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairEmbedder(nn.Cell):
    def __init__(self, n_residues=21, dim=8):
        super().__init__()
        self.embed = nn.Embedding(n_residues, dim)

    def one(self, seq):
        if seq.ndim == 1:
            seq = seq.expand_dims(0)
        return self.embed(seq).mean(axis=1)

    def construct(self, pair):
        if isinstance(pair, tuple):
            q = self.one(pair[0])
            t = self.one(pair[1])
            return ops.cosine_similarity(q, t, dim=-1)
        return self.one(pair)


def make():
    np.random.seed(33)
    q = Tensor(np.random.randint(0, 21, size=(10,)).astype(np.int32))
    t = Tensor(np.random.randint(0, 21, size=(10,)).astype(np.int32))
    return PairEmbedder(), ((q, t),)
