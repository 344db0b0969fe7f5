# case: protein encoder with an optional lengths tensor; when lengths is None all positions count, else a length mask is built from an arange comparison -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProteinMeanEncoder(nn.Cell):
    def __init__(self, n_residues=21, dim=8):
        super().__init__()
        self.embed = nn.Embedding(n_residues, dim)
        self.mlp = nn.SequentialCell([nn.Dense(dim, dim), nn.ReLU(), nn.Dense(dim, 2)])

    def length_mask(self, tokens, lengths):
        pos = ops.arange(tokens.shape[1]).astype(ms.int32)
        return (pos.expand_dims(0) < lengths.expand_dims(1)).astype(ms.float32)

    def construct(self, tokens, lengths=None):
        h = self.embed(tokens)
        if lengths is None:
            mask = ops.ones(tokens.shape, ms.float32)
        else:
            mask = self.length_mask(tokens, lengths)
        pooled = (h * mask.expand_dims(-1)).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        return self.mlp(pooled)


def make():
    np.random.seed(31)
    tokens = Tensor(np.random.randint(0, 21, size=(3, 14)).astype(np.int32))
    lengths = Tensor(np.array([14, 9, 5], dtype=np.int32))
    return ProteinMeanEncoder(), (tokens, lengths)
