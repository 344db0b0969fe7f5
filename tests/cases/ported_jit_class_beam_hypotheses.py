# case: beam search keeps a @ms.jit_class hypothesis container whose list of token tensors grows inside a loop over tensor-valued stop flags -> compile error at line 39
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Hypotheses:
    def __init__(self, start):
        self.tokens = [start]
        self.score = ops.zeros(start.shape, ms.float32)

    def add(self, token, logp):
        self.tokens.append(token)
        self.score = self.score + logp

    def stacked(self):
        return ops.stack(self.tokens, axis=1)


class StepScorer(nn.Cell):
    def __init__(self, vocab=10, hidden=8, bos_id=1, eos_id=2, max_steps=5):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.rnn_cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab)
        self.bos_id = bos_id
        self.eos_id = eos_id
        self.max_steps = max_steps

    def construct(self, h):
        tok = ops.full((h.shape[0],), self.bos_id, dtype=ms.int32)
        hyp = Hypotheses(tok)
        for _ in range(self.max_steps):
            h = self.rnn_cell(self.embed(tok), h)
            logp = ops.log_softmax(self.out(h), -1)
            best, tok = logp.max(-1)
            tok = tok.astype(ms.int32)
            hyp.add(tok, best)
            if (tok == self.eos_id).all():
                break
        return hyp.stacked(), hyp.score


def make():
    np.random.seed(22)
    h = np.random.randn(2, 8).astype(np.float32)
    return StepScorer(), (Tensor(h),)
