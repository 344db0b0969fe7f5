# case: NARM-style encoder picking the last real click per session with an arange==length one-hot mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NARMEncoder(nn.Cell):
    def __init__(self, num_items=35, dim=8, hidden=8):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, dim, padding_idx=0)
        self.gru = nn.GRU(dim, hidden, batch_first=True)
        self.a1 = nn.Dense(hidden, hidden, has_bias=False)
        self.a2 = nn.Dense(hidden, hidden, has_bias=False)
        self.v = nn.Dense(hidden, 1, has_bias=False)
        self.out = nn.Dense(hidden * 2, dim)

    def last_step(self, states, lengths):
        steps = ops.arange(states.shape[1]).expand_dims(0)
        pick = (steps == (lengths - 1).expand_dims(1)).astype(states.dtype)
        return (states * pick.expand_dims(-1)).sum(1)

    def construct(self, item_seq, lengths):
        states, _ = self.gru(self.item_emb(item_seq))
        h_t = self.last_step(states, lengths)
        mask = (item_seq > 0).astype(ms.float32).expand_dims(-1)
        e = self.v(ops.sigmoid(self.a1(states) + self.a2(h_t).expand_dims(1)))
        local = (e * mask * states).sum(1)
        c = self.out(ops.concat((h_t, local), -1))
        return ops.matmul(c, self.item_emb.embedding_table.T)


def make():
    np.random.seed(17)
    lens = np.array([4, 2, 6], np.int32)
    seq = np.zeros((3, 6), np.int32)
    for i, l in enumerate(lens):
        seq[i, :l] = np.random.randint(1, 35, size=l)
    return NARMEncoder(), (Tensor(seq), Tensor(lens))
