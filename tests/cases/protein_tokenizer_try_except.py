# case: embedding cell that wraps a lookup in try/except to fall back to the unknown-residue token on an index error -> error in graph mode (try statement unsupported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

UNK = 3


class SafeResidueEmbedding(nn.Cell):
    def __init__(self, vocab=25, d_model=8):
        super().__init__()
        self.vocab = vocab
        self.embed = nn.Embedding(vocab, d_model)

    def construct(self, tokens):
        try:
            h = self.embed(tokens)
        except IndexError:
            h = self.embed(ops.full_like(tokens, UNK))
        return h.mean(axis=1)


def make():
    np.random.seed(27)
    tokens = Tensor(np.random.randint(0, 25, (2, 14)).astype(np.int32))
    return SafeResidueEmbedding(), (tokens,)
