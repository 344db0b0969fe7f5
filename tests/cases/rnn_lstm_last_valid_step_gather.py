# case: LSTM sequence classifier picks the last valid timestep per sample with gather_d on lengths-1; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqClassifier(nn.Cell):
    def __init__(self, vocab=60, emb=16, hidden=24, n_cls=3, bidirectional=False):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb, padding_idx=0)
        self.lstm = nn.LSTM(emb, hidden, num_layers=1, batch_first=True, bidirectional=bidirectional)
        out_dim = hidden * (2 if bidirectional else 1)
        self.drop = nn.Dropout(p=0.1)
        self.fc = nn.Dense(out_dim, n_cls)

    def construct(self, ids, lengths):
        x = self.drop(self.emb(ids))
        out, _ = self.lstm(x, seq_length=lengths)
        b, t, h = out.shape
        last = ops.clamp(lengths - 1, min=0).astype(ms.int32)
        idx = ops.broadcast_to(last.reshape(b, 1, 1), (b, 1, h))
        final = ops.gather_elements(out, 1, idx).squeeze(1)
        return self.fc(final)


def make():
    ids = np.random.randint(1, 60, (3, 8)).astype(np.int32)
    ids[1, 5:] = 0
    ids[2, 3:] = 0
    return SeqClassifier(), (Tensor(ids), Tensor(np.array([8, 5, 3], np.int32)))
