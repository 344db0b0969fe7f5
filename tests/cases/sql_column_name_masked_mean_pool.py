# case: column-name encoder pools variable-length wordpiece embeddings of each column with a padding mask (masked mean, fixed padded shape) -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnNameEncoder(nn.Cell):
    def __init__(self, vocab=60, hidden=8, pad_id=0):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden, padding_idx=pad_id)
        self.pad_id = pad_id
        self.type_embed = nn.Embedding(4, hidden)

    def masked_mean(self, x, mask):
        m = mask.astype(x.dtype).expand_dims(-1)
        return (x * m).sum(axis=1) / ops.clamp(m.sum(axis=1), min=1.0)

    def construct(self, name_pieces, column_types):
        mask = name_pieces != self.pad_id          # (C, L)
        vecs = self.masked_mean(self.embed(name_pieces), mask)
        return vecs + self.type_embed(column_types)


def make():
    np.random.seed(30)
    pieces = np.random.randint(1, 60, size=(5, 4)).astype(np.int32)
    pieces[0, 2:] = 0
    pieces[3, 1:] = 0
    types = Tensor(np.array([0, 1, 2, 1, 3], dtype=np.int32))
    return ColumnNameEncoder(), (Tensor(pieces), types)
