# case: greedy decoder keeps a plain Python Hypothesis object built from tensors, mutates it and reads it back -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Hypothesis:
    def __init__(self, tokens, score):
        self.tokens = tokens
        self.score = score

    def extend(self, token, logp):
        self.tokens = ops.concat((self.tokens, token.reshape(1)))
        self.score = self.score + logp


class GreedySnippetDecoder(nn.Cell):
    def __init__(self, vocab_size=10, hidden=8, steps=3, bos_id=1):
        super().__init__()
        self.steps = steps
        self.bos_id = bos_id
        self.embed = nn.Embedding(vocab_size, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab_size)

    def construct(self, h):
        hyp = Hypothesis(Tensor([self.bos_id], ms.int32), ops.zeros((), ms.float32))
        for _ in range(self.steps):
            x = self.embed(hyp.tokens[-1:])
            h = self.cell(x, h)
            logp = ops.log_softmax(self.out(h), -1)[0]
            tok = ops.argmax(logp).astype(ms.int32)
            hyp.extend(tok, logp[tok])
        return hyp.tokens, hyp.score


def make():
    np.random.seed(0)
    h = Tensor(np.random.randn(1, 8).astype(np.float32))
    return GreedySnippetDecoder(), (h,)
