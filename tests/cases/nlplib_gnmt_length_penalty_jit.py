# case: jitted hypothesis rescoring with the GNMT length penalty ((5 + len) / 6) ** alpha and a coverage term, where len comes from the hypothesis tensor's shape and alpha/beta are module floats -> Python scalars only, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LENGTH_PENALTY_ALPHA = 0.6
COVERAGE_PENALTY_BETA = 0.2


def gnmt_length_penalty(length, alpha=LENGTH_PENALTY_ALPHA):
    return ((5.0 + length) / 6.0) ** alpha


def coverage_penalty(cross_attn, beta=COVERAGE_PENALTY_BETA):
    coverage = ops.clip_by_value(cross_attn.sum(axis=1), clip_value_max=Tensor(1.0, ms.float32))
    return beta * ops.log(coverage + 1e-6).sum(axis=-1)


@ms.jit
def rescore_hypotheses(hyp_tokens, sum_logprobs, cross_attn):
    lp = gnmt_length_penalty(hyp_tokens.shape[-1])
    scores = sum_logprobs / lp + coverage_penalty(cross_attn)
    order = ops.sort(scores, descending=True)[1]
    return ops.gather(hyp_tokens, order, 0), ops.gather(scores, order, 0)


def make():
    np.random.seed(3400)
    hyps = Tensor(np.random.randint(0, 50, size=(4, 9)).astype(np.int32))
    logp = Tensor(-np.abs(np.random.randn(4)).astype(np.float32) * 5)
    attn = Tensor(np.abs(np.random.rand(4, 9, 6)).astype(np.float32) / 6)
    return rescore_hypotheses, (hyps, logp, attn)
