# case: GNMT length penalty and coverage penalty applied to finished hypothesis scores -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthPenalty(nn.Cell):
    def __init__(self, alpha=0.6, base=5.0):
        super().__init__()
        self.alpha = alpha
        self.base = base

    def construct(self, lengths):
        return ops.pow((self.base + lengths) / (self.base + 1.0), self.alpha)


class HypothesisRescorer(nn.Cell):
    def __init__(self, alpha=0.6, beta=0.2, eos_id=2, use_coverage=True):
        super().__init__()
        self.length_penalty = LengthPenalty(alpha)
        self.beta = beta
        self.eos_id = eos_id
        self.use_coverage = use_coverage

    def _lengths(self, tokens):
        # length up to and including the first EOS, or the full length
        is_eos = (tokens == self.eos_id).astype(ms.int32)
        seen = ops.cumsum(is_eos, 1) - is_eos
        return (seen == 0).astype(ms.float32).sum(-1)

    def construct(self, tokens, logprob_sums, attn):
        lp = self.length_penalty(self._lengths(tokens))
        scores = logprob_sums / lp
        if self.use_coverage:
            coverage = ops.minimum(attn.sum(axis=1), ops.ones_like(attn[:, 0, :]))
            scores = scores + self.beta * ops.log(coverage + 1e-9).sum(-1)
        best = ops.argmax(scores)
        return scores, tokens[best]


def make():
    np.random.seed(26)
    toks = Tensor(np.array([[5, 6, 2, 0], [7, 8, 9, 2], [4, 2, 0, 0]], np.int32))
    sums = Tensor(np.array([-3.0, -4.5, -2.0], np.float32))
    attn = Tensor(np.random.rand(3, 4, 6).astype(np.float32))
    return HypothesisRescorer(), (toks, sums, attn)
