# case: beam search bookkeeping with a plain Python BeamHypotheses object built inside construct -> compile error at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamHypotheses:
    def __init__(self, num_beams, length_penalty):
        self.num_beams = num_beams
        self.length_penalty = length_penalty
        self.beams = []

    def add(self, tokens, sum_logprobs):
        score = sum_logprobs / (tokens.shape[-1] ** self.length_penalty)
        self.beams.append((score, tokens))

    def best(self):
        best_score, best_tokens = self.beams[0]
        for score, tokens in self.beams[1:]:
            if score > best_score:
                best_score, best_tokens = score, tokens
        return best_score, best_tokens


class BeamFinalizer(nn.Cell):
    def __init__(self, hidden=8, vocab_size=10, num_beams=3, length_penalty=1.0):
        super().__init__()
        self.lm_head = nn.Dense(hidden, vocab_size)
        self.num_beams = num_beams
        self.length_penalty = length_penalty

    def construct(self, beam_tokens, beam_states):
        logprobs = ops.log_softmax(self.lm_head(beam_states), axis=-1)
        step_lp = ops.gather_elements(logprobs, 2, beam_tokens.expand_dims(-1)).squeeze(-1)
        totals = step_lp.sum(-1)
        hyps = BeamHypotheses(self.num_beams, self.length_penalty)
        for i in range(self.num_beams):
            hyps.add(beam_tokens[i], totals[i])
        return hyps.best()


def make():
    np.random.seed(10)
    toks = Tensor(np.random.randint(0, 10, size=(3, 5)).astype(np.int32))
    states = Tensor(np.random.randn(3, 5, 8).astype(np.float32))
    return BeamFinalizer(), (toks, states)
