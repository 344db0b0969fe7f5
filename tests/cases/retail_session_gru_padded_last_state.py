# case: session recommender encodes padded sessions with a GRU and picks the last real step via one-hot of the length index -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionGRU(nn.Cell):
    def __init__(self, num_items=25, dim=8, max_len=10):
        super().__init__()
        self.max_len = max_len
        self.emb = nn.Embedding(num_items, dim, padding_idx=0)
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.out = nn.Dense(dim, num_items)

    def last_step(self, states, lengths):
        pick = ops.one_hot(lengths - 1, self.max_len, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return (states * pick.expand_dims(-1)).sum(axis=1)

    def construct(self, sessions, lengths):
        x = self.emb(sessions)
        states, _ = self.gru(x)
        return self.out(self.last_step(states, lengths))


def make():
    np.random.seed(15)
    lengths = np.array([3, 10, 6], dtype=np.int32)
    sessions = np.zeros((3, 10), dtype=np.int32)
    for r, n in enumerate(lengths):
        sessions[r, :n] = np.random.randint(1, 25, size=n)
    return SessionGRU(), (Tensor(sessions), Tensor(lengths))
