# case: runs of repeated ids collapsed with unique_consecutive, embedded, given a batch axis, then run through a recurrent layer (gru_time_first) -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Collapse(nn.Cell):
    def __init__(self, vocab=30, dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.rnn = nn.GRU(dim, dim)

    def construct(self, ids):
        runs = ops.unique_consecutive(ids)
        seq = self.emb(runs).expand_dims(1)
        out, _ = self.rnn(seq)
        return out.sum()


def make():
    np.random.seed(3)
    return Collapse(), (Tensor(np.array([3, 3, 7, 7, 7, 1, 4, 4], np.int32)),)
