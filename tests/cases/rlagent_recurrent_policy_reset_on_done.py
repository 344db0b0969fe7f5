# case: GRU-cell recurrent policy unrolled over a fixed rollout, hidden state zeroed by multiplying with (1 - done) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecurrentPolicy(nn.Cell):
    def __init__(self, obs_dim=4, hidden=8, n_actions=3):
        super().__init__()
        self.hidden = hidden
        self.encoder = nn.Dense(obs_dim, hidden, activation="relu")
        self.cell = nn.GRUCell(hidden, hidden)
        self.pi = nn.Dense(hidden, n_actions)

    def _step(self, x, h, done):
        h = h * (1.0 - done).expand_dims(-1)
        return self.cell(self.encoder(x), h)

    def construct(self, obs_seq, done_seq, h0):
        # obs_seq: [T, B, obs_dim], done_seq: [T, B], h0: [B, hidden]
        h = h0
        logits = []
        for t in range(obs_seq.shape[0]):
            h = self._step(obs_seq[t], h, done_seq[t])
            logits.append(self.pi(h))
        return ops.stack(logits), h


def make():
    np.random.seed(32)
    obs = Tensor(np.random.randn(4, 2, 4).astype(np.float32))
    done = Tensor(np.array([[0, 0], [1, 0], [0, 0], [0, 1]], np.float32))
    h0 = Tensor(np.zeros((2, 8), np.float32))
    return RecurrentPolicy(), (obs, done, h0)
