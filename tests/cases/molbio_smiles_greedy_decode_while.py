# case: SMILES decoder greedy generation; while loop on a tensor stop condition grows the token tensor by concat -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmilesDecoder(nn.Cell):
    def __init__(self, vocab=24, hidden=16, bos=1, eos=2, max_len=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab)
        self.bos = bos
        self.eos = eos
        self.max_len = max_len

    def step(self, tok, state):
        state = self.cell(self.embed(tok), state)
        nxt = ops.argmax(self.out(state), dim=-1).astype(ms.int32)
        return nxt, state

    def construct(self, z):
        batch = z.shape[0]
        tokens = ops.full((batch, 1), self.bos, dtype=ms.int32)
        state = z
        nxt = tokens[:, 0]
        step = 0
        while (nxt != self.eos).any() and step < self.max_len:
            nxt, state = self.step(nxt, state)
            tokens = ops.concat((tokens, nxt[:, None]), axis=1)
            step += 1
        return tokens


def make():
    np.random.seed(5)
    z = Tensor(np.random.randn(2, 16).astype(np.float32))
    return SmilesDecoder(), (z,)
