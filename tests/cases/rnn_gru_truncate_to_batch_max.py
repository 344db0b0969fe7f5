# case: GRU tagger truncates the padded batch to the longest length (tensor max used as slice stop) before the RNN; expect dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tagger(nn.Cell):
    def __init__(self, vocab=40, emb=12, hidden=16, n_tags=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb, padding_idx=0)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.proj = nn.Dense(hidden, n_tags)
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def construct(self, ids, lengths):
        t_max = lengths.max()
        ids = ids[:, :t_max]
        x = self.emb(ids)
        h, _ = self.gru(x)
        return self.log_softmax(self.proj(h))


def make():
    ids = np.random.randint(1, 40, (2, 10)).astype(np.int32)
    ids[:, 7:] = 0
    return Tagger(), (Tensor(ids), Tensor(np.array([7, 4], np.int32)))
