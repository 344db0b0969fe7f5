# case: splits a padded protein batch into N-terminal and C-terminal halves using sizes from x.shape and pools each half -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TerminalPooler(nn.Cell):
    def __init__(self, n_residues=25, dim=8, signal_peptide_len=4):
        super().__init__()
        self.embed = nn.Embedding(n_residues, dim)
        self.signal_len = signal_peptide_len
        self.out = nn.Dense(3 * dim, 2)

    def construct(self, tokens):
        emb = self.embed(tokens)
        seq_len = emb.shape[1]
        half = seq_len // 2
        signal = emb[:, :self.signal_len].mean(axis=1)
        n_term = emb[:, :half].mean(axis=1)
        c_term = emb[:, half:].mean(axis=1)
        feats = ops.concat((signal, n_term, c_term), axis=-1)
        return self.out(feats)


def make():
    np.random.seed(9)
    tokens = Tensor(np.random.randint(0, 25, size=(3, 18)).astype(np.int32))
    return TerminalPooler(), (tokens,)
