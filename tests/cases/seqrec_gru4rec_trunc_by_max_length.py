# case: GRU4Rec encoder truncating padded sessions to the longest real length in the batch -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GRU4RecEncoder(nn.Cell):
    def __init__(self, num_items=50, emb_dim=16, hidden=16, dropout=0.0):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, emb_dim, padding_idx=0)
        self.gru = nn.GRU(emb_dim, hidden, batch_first=True)
        self.dropout = nn.Dropout(p=dropout) if dropout > 0 else nn.Identity()
        self.out = nn.Dense(hidden, num_items)

    def gather_last(self, states, lengths):
        idx = (lengths - 1).clip(0, None).astype(ms.int32)
        idx = idx.reshape(-1, 1, 1).broadcast_to((states.shape[0], 1, states.shape[2]))
        return ops.gather_elements(states, 1, idx).squeeze(1)

    def construct(self, item_seq, lengths):
        # drop the trailing padding columns shared by the whole batch
        max_len = lengths.max()
        item_seq = item_seq[:, :max_len]
        emb = self.dropout(self.item_emb(item_seq))
        states, _ = self.gru(emb)
        last = self.gather_last(states, lengths)
        return self.out(last)


def make():
    np.random.seed(0)
    seq = np.zeros((4, 10), np.int32)
    lens = np.array([3, 6, 2, 5], np.int32)
    for i, l in enumerate(lens):
        seq[i, :l] = np.random.randint(1, 50, size=l)
    return GRU4RecEncoder(), (Tensor(seq), Tensor(lens))
