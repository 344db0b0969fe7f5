# case: beam search step that wraps each beam in a plain Python Hypothesis object built and mutated inside construct -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Hypothesis:
    def __init__(self, score, last_token, length=0):
        self.score = score
        self.last_token = last_token
        self.length = length

    def extend(self, token, log_prob):
        self.score = self.score + log_prob
        self.last_token = token
        self.length += 1
        return self


class BeamStep(nn.Cell):
    def __init__(self, dim=8, vocab_size=7, beam_size=2, length_penalty=0.6):
        super().__init__()
        self.proj = nn.Dense(dim, vocab_size)
        self.beam_size = beam_size
        self.length_penalty = length_penalty

    def construct(self, states, scores):
        # states: (K, D), scores: (K,)
        log_probs = ops.log_softmax(self.proj(states), axis=-1)
        best_lp, best_tok = ops.topk(log_probs, 1)
        hyps = []
        for k in range(self.beam_size):
            hyp = Hypothesis(scores[k], Tensor(0, ms.int32))
            hyp.extend(best_tok[k, 0], best_lp[k, 0])
            hyps.append(hyp)
        norm = ((5.0 + 1) / 6.0) ** self.length_penalty
        return ops.stack([h.score / norm for h in hyps])


def make():
    np.random.seed(20)
    states = Tensor(np.random.randn(2, 8).astype(np.float32))
    scores = Tensor(np.array([-0.5, -1.2], dtype=np.float32))
    return BeamStep(), (states, scores)
