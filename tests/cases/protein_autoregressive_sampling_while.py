# case: autoregressive sequence design that samples residues in a while loop until an end token is drawn, appending tokens to a Python list -> error (data-dependent loop growing shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EOS = 2


class TinyDecoder(nn.Cell):
    def __init__(self, vocab=25, d_model=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, d_model)
        self.cell = nn.Dense(2 * d_model, d_model)
        self.head = nn.Dense(d_model, vocab)

    def construct(self, start_token, state, max_steps=12):
        tokens = [start_token]
        tok = start_token
        step = 0
        while tok != EOS and step < max_steps:
            x = ops.concat((self.embed(tok), state), axis=-1)
            state = ops.tanh(self.cell(x))
            tok = ops.argmax(self.head(state), dim=-1).astype(ms.int32)
            tokens.append(tok)
            step += 1
        return ops.stack(tokens)


def make():
    np.random.seed(15)
    start = Tensor(np.array([1], dtype=np.int32))
    state = Tensor(np.random.randn(1, 16).astype(np.float32))
    return TinyDecoder(), (start, state)
