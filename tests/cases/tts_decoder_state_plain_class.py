# case: decoder keeps attention/RNN state in a plain Python class instantiated and mutated inside construct -> compile error at line 37
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderState:
    def __init__(self, hidden, attn_weights, attn_cum):
        self.hidden = hidden
        self.attn_weights = attn_weights
        self.attn_cum = attn_cum

    def update(self, hidden, attn_weights):
        self.hidden = hidden
        self.attn_weights = attn_weights
        self.attn_cum = self.attn_cum + attn_weights


class LocationSensitiveDecoder(nn.Cell):
    def __init__(self, hidden=16, n_mels=8, steps=4):
        super().__init__()
        self.steps = steps
        self.hidden = hidden
        self.query = nn.Dense(hidden, hidden)
        self.loc = nn.Dense(1, hidden)
        self.v = nn.Dense(hidden, 1)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, n_mels)

    def _attend(self, memory, state):
        e = self.v(ops.tanh(self.query(state.hidden).expand_dims(1) + memory
                            + self.loc(state.attn_cum.expand_dims(-1)))).squeeze(-1)
        return ops.softmax(e, -1)

    def construct(self, memory):
        b, t, _ = memory.shape
        state = DecoderState(ops.zeros((b, self.hidden), ms.float32),
                             ops.zeros((b, t), ms.float32), ops.zeros((b, t), ms.float32))
        mels = []
        for _ in range(self.steps):
            w = self._attend(memory, state)
            ctx = ops.bmm(w.expand_dims(1), memory).squeeze(1)
            state.update(self.cell(ctx, state.hidden), w)
            mels.append(self.out(state.hidden))
        return ops.stack(mels, 1), state.attn_cum


def make():
    np.random.seed(8)
    mem = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return LocationSensitiveDecoder(), (mem,)
