# case: decoder keeps a running count of decoding calls by writing self.num_calls inside construct -> attribute write on self in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CountingDecoderStep(nn.Cell):
    def __init__(self, hidden=16, vocab=25):
        super().__init__()
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab)
        self.num_calls = 0
        self.last_token = None

    def construct(self, x, h):
        h = self.cell(x, h)
        logits = self.out(h)
        tok = ops.argmax(logits, dim=-1)
        self.num_calls = self.num_calls + 1
        self.last_token = tok
        return tok, h


def make():
    np.random.seed(19)
    x = Tensor(np.random.randn(2, 16).astype(np.float32))
    h = Tensor(np.zeros((2, 16), np.float32))
    return CountingDecoderStep(), (x, h)
