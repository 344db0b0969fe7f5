# case: greedy attention decoder emits LaTeX tokens in a while loop that breaks on the end token, appending to a Python list -> data-dependent loop with growing list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyLatexDecoder(nn.Cell):
    def __init__(self, vocab=20, hidden=16, eos_id=2, max_len=10):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.GRUCell(hidden * 2, hidden)
        self.out = nn.Dense(hidden, vocab)
        self.eos_id = eos_id
        self.max_len = max_len

    def attend(self, h, enc):
        scores = ops.matmul(enc, h.reshape(-1, 1)).reshape(-1)
        alpha = ops.softmax(scores, axis=0)
        return ops.matmul(alpha.reshape(1, -1), enc)

    def construct(self, enc, start):
        h = enc.mean(0, keep_dims=True)
        tok = start
        tokens = []
        step = 0
        while step < self.max_len:
            ctx = self.attend(h, enc)
            h = self.cell(ops.concat((self.embed(tok), ctx), 1), h)
            tok = self.out(h).argmax(-1).astype(ms.int32)
            tokens.append(tok)
            if tok[0] == self.eos_id:
                break
            step += 1
        return ops.stack(tokens)


def make():
    np.random.seed(3)
    enc = Tensor(np.random.randn(9, 16).astype(np.float32))
    start = Tensor(np.array([1], np.int32))
    return GreedyLatexDecoder(), (enc, start)
