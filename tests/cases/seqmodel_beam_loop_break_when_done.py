# case: fixed-budget beam decoding loop that breaks early once every beam hit EOS -> compile error at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamLoop(nn.Cell):
    def __init__(self, vocab_size=10, hidden=8, num_beams=3, eos_id=2, max_steps=5):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.rnn = nn.GRUCell(hidden, hidden)
        self.lm = nn.Dense(hidden, vocab_size)
        self.num_beams = num_beams
        self.eos_id = eos_id
        self.max_steps = max_steps
        self.vocab_size = vocab_size

    def _advance(self, tokens, h, scores, finished):
        h = self.rnn(self.embed(tokens), h)
        logp = ops.log_softmax(self.lm(h), axis=-1)
        logp = ops.where(finished.expand_dims(-1), ops.zeros_like(logp), logp)
        flat = (scores.expand_dims(-1) + logp).reshape(-1)
        scores, idx = ops.topk(flat, self.num_beams)
        beam = idx // self.vocab_size
        tokens = (idx % self.vocab_size).astype(ms.int32)
        return tokens, ops.gather(h, beam, 0), scores, ops.gather(finished, beam, 0)

    def construct(self, h0, first_tokens):
        tokens, h = first_tokens, h0
        scores = ops.zeros((self.num_beams,), ms.float32)
        finished = tokens == self.eos_id
        for _ in range(self.max_steps):
            tokens, h, scores, finished = self._advance(tokens, h, scores, finished)
            finished = ops.logical_or(finished, tokens == self.eos_id)
            if finished.all():
                break
        return tokens, scores


def make():
    np.random.seed(20)
    h0 = Tensor(np.random.randn(3, 8).astype(np.float32))
    return BeamLoop(), (h0, Tensor(np.array([1, 1, 1], np.int32)))
