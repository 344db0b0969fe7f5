# case: beam search keeps a plain Python Hypothesis object built from tensors and mutated per step -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Hypothesis:
    def __init__(self, tokens, score):
        self.tokens = tokens
        self.score = score

    def extend(self, tok, logp):
        self.tokens = ops.concat([self.tokens, tok])
        self.score = self.score + logp


class OneBestSearch(nn.Cell):
    def __init__(self, dim=8, vocab=6, steps=3):
        super().__init__()
        self.proj = nn.Dense(dim, vocab)
        self.steps = steps

    def construct(self, enc):
        hyp = Hypothesis(ops.zeros((1,), ms.int32), ops.zeros((), ms.float32))
        for t in range(self.steps):
            logp = ops.log_softmax(self.proj(enc[t]), axis=-1)
            best = ops.argmax(logp, dim=-1)
            hyp.extend(best.astype(ms.int32).reshape(1), logp[best])
        return hyp.tokens, hyp.score


def make():
    np.random.seed(9)
    enc = Tensor(np.random.randn(4, 8).astype(np.float32))
    return OneBestSearch(), (enc,)
