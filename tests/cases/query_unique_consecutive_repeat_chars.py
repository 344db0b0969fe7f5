# case: normalize elongated spellings ("shoooes") by collapsing repeated character ids with unique_consecutive before char embedding -> output length depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ElongationNormalizer(nn.Cell):
    def __init__(self, n_chars=40, dim=8):
        super().__init__()
        self.char_emb = nn.Embedding(n_chars, dim)
        self.rnn = nn.GRU(dim, dim, batch_first=True)

    def construct(self, char_ids):
        collapsed = ops.unique_consecutive(char_ids)
        emb = self.char_emb(collapsed).expand_dims(0)
        _, h_n = self.rnn(emb)
        return h_n.squeeze(0)


def make():
    np.random.seed(21)
    chars = np.array([19, 8, 15, 15, 15, 15, 5, 19, 19], dtype=np.int32)
    return ElongationNormalizer(), (Tensor(chars),)
