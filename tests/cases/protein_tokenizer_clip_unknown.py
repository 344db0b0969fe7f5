# case: embedding cell that maps out-of-range residue ids to the unknown token with ops.where before the lookup -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

UNK = 3


class SafeResidueEmbedding(nn.Cell):
    def __init__(self, vocab=25, d_model=8):
        super().__init__()
        self.vocab = vocab
        self.embed = nn.Embedding(vocab, d_model)

    def sanitize(self, tokens):
        bad = ops.logical_or(tokens < 0, tokens >= self.vocab)
        return ops.where(bad, ops.full_like(tokens, UNK), tokens)

    def construct(self, tokens):
        return self.embed(self.sanitize(tokens)).mean(axis=1)


def make():
    np.random.seed(28)
    tokens = np.random.randint(0, 25, (2, 14)).astype(np.int32)
    tokens[0, 3] = 30
    return SafeResidueEmbedding(), (Tensor(tokens),)
