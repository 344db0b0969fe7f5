# case: greedy SQL decoder loops with a tensor-valued while condition until the END token is produced, appending tokens to a Python list -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedySqlDecoder(nn.Cell):
    def __init__(self, vocab=20, hidden=16, end_id=1, max_len=10):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab)
        self.end_id = end_id
        self.max_len = max_len

    def construct(self, enc_state, start_tok):
        h = enc_state
        tok = start_tok
        tokens = []
        step = 0
        while tok[0] != self.end_id and step < self.max_len:
            h = self.cell(self.embed(tok), h)
            tok = ops.argmax(self.out(h), dim=-1).astype(ms.int32)
            tokens.append(tok)
            step += 1
        return ops.stack(tokens, axis=1)


def make():
    np.random.seed(7)
    enc = Tensor(np.random.randn(1, 16).astype(np.float32))
    start = Tensor(np.array([2], dtype=np.int32))
    return GreedySqlDecoder(), (enc, start)
