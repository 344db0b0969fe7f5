# case: computes amino-acid composition features by running unique on the token sequence and averaging embeddings per residue type -> dynamic shape (unique output size)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompositionEncoder(nn.Cell):
    def __init__(self, vocab=25, d_model=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, d_model)
        self.out = nn.Dense(d_model, 1)

    def construct(self, tokens):
        residue_types, inverse = ops.unique(tokens)
        type_emb = self.embed(residue_types)
        counts = ops.zeros(residue_types.shape, ms.float32)
        counts = ops.tensor_scatter_add(counts, inverse.reshape(-1, 1), ops.ones(tokens.shape, ms.float32))
        weights = counts / tokens.shape[0]
        return self.out((type_emb * weights.reshape(-1, 1)).sum(axis=0))


def make():
    np.random.seed(13)
    tokens = Tensor(np.random.randint(4, 12, (30,)).astype(np.int32))
    return CompositionEncoder(), (tokens,)
