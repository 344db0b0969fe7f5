# case: near miss of the GRUCell case: the plain object's read used in elementwise ops -> LAX dynamic, no error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionState:
    def __init__(self, hidden, step):
        self.hidden = hidden
        self.step = step

    def advance(self, new_hidden):
        self.hidden = new_hidden
        self.step = self.step + 1
        return self


class StreamingSessionEncoder(nn.Cell):
    def __init__(self, num_items=30, dim=8):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, dim)
        self.cell = nn.GRUCell(dim, dim)
        self.head = nn.Dense(dim, num_items)

    def step(self, state, item_ids):
        h = ops.tanh(self.item_emb(item_ids) + state.hidden)
        return state.advance(h)

    def construct(self, clicks, h0):
        state = SessionState(h0, 0)
        for t in range(clicks.shape[1]):
            state = self.step(state, clicks[:, t])
        return self.head(state.hidden), state.step


def make():
    np.random.seed(13)
    clicks = np.random.randint(0, 30, size=(2, 4)).astype(np.int32)
    h0 = np.zeros((2, 8), np.float32)
    return StreamingSessionEncoder(), (Tensor(clicks), Tensor(h0))
