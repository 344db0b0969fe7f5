# case: greedy sequence design for a fixed number of steps set in the constructor, writing tokens into a preallocated buffer -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedLengthDesigner(nn.Cell):
    def __init__(self, vocab=25, d_model=16, design_len=8):
        super().__init__()
        self.design_len = design_len
        self.embed = nn.Embedding(vocab, d_model)
        self.cell = nn.Dense(2 * d_model, d_model)
        self.head = nn.Dense(d_model, vocab)

    def step(self, tok, state):
        x = ops.concat((self.embed(tok), state), axis=-1)
        state = ops.tanh(self.cell(x))
        logits = self.head(state)
        return ops.argmax(logits, dim=-1).astype(ms.int32), state

    def construct(self, start_token, state):
        out = ops.zeros((start_token.shape[0], self.design_len), ms.int32)
        tok = start_token
        for i in range(self.design_len):
            tok, state = self.step(tok, state)
            out[:, i] = tok
        return out


def make():
    np.random.seed(16)
    start = Tensor(np.array([1, 1], dtype=np.int32))
    state = Tensor(np.random.randn(2, 16).astype(np.float32))
    return FixedLengthDesigner(), (start, state)
