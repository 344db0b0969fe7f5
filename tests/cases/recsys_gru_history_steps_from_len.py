# case: GRU4Rec-style session encoder unrolls a GRUCell for as many steps as the longest session in the batch (range over a tensor-derived int) -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionGRU(nn.Cell):
    def __init__(self, n_items=60, dim=8, hidden=12):
        super().__init__()
        self.item_emb = nn.Embedding(n_items, dim, padding_idx=0)
        self.cell = nn.GRUCell(dim, hidden)
        self.hidden = hidden
        self.out = nn.Dense(hidden, n_items)

    def init_state(self, batch):
        return ops.zeros((batch, self.hidden), ms.float32)

    def construct(self, sessions, session_len):
        x = self.item_emb(sessions)
        h = self.init_state(sessions.shape[0])
        for t in range(int(session_len.max())):
            h_new = self.cell(x[:, t], h)
            active = (t < session_len).astype(ms.float32).expand_dims(-1)
            h = active * h_new + (1.0 - active) * h
        return self.out(h)


def make():
    np.random.seed(21)
    sess = np.zeros((3, 6), dtype=np.int32)
    lens = np.array([4, 2, 3], dtype=np.int32)
    for i, l in enumerate(lens):
        sess[i, :l] = np.random.randint(1, 60, size=(l,))
    return SessionGRU(), (Tensor(sess), Tensor(lens))
