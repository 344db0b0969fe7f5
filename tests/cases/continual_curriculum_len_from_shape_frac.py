# case: curriculum stage (Python int) picks a sequence fraction; length computed from x.shape and config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StagedSequenceModel(nn.Cell):
    STAGE_FRACTIONS = (0.25, 0.5, 1.0)

    def __init__(self, vocab=30, dim=8, stage=1, pool="mean"):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.rnn_proj = nn.Dense(dim, dim)
        self.out = nn.Dense(dim, vocab)
        self.stage = stage
        self.pool = pool

    def cut_length(self, seq_len):
        frac = self.STAGE_FRACTIONS[self.stage]
        return max(1, int(seq_len * frac))

    def construct(self, tokens):
        L = self.cut_length(tokens.shape[1])
        h = ops.tanh(self.rnn_proj(self.embed(tokens[:, :L])))
        if self.pool == "mean":
            h = h.mean(axis=1)
        else:
            h = h[:, -1]
        return self.out(h)


def make():
    np.random.seed(0)
    tokens = Tensor(np.random.randint(0, 30, size=(2, 12)).astype(np.int32))
    return StagedSequenceModel(), (tokens,)
