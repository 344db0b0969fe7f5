# case: beam search step flattens beam x vocab scores and takes top-k with k = configured beam size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamStep(nn.Cell):
    def __init__(self, hidden=8, vocab_size=11, beam_size=3, length_penalty=0.6):
        super().__init__()
        self.beam_size = beam_size
        self.vocab_size = vocab_size
        self.length_penalty = length_penalty
        self.proj = nn.Dense(hidden, vocab_size)

    def _penalty(self, step):
        return ((5.0 + step) / 6.0) ** self.length_penalty

    def construct(self, beam_states, beam_scores, step):
        logp = ops.log_softmax(self.proj(beam_states), -1)
        total = (beam_scores.expand_dims(-1) + logp).reshape(-1)
        scores, flat_ids = ops.topk(total / self._penalty(step), self.beam_size)
        beam_origin = flat_ids // self.vocab_size
        token_ids = flat_ids % self.vocab_size
        return scores, beam_origin, token_ids


def make():
    np.random.seed(0)
    states = Tensor(np.random.randn(3, 8).astype(np.float32))
    scores = Tensor(np.array([-0.1, -0.7, -1.3], np.float32))
    return BeamStep(), (states, scores, 4)
