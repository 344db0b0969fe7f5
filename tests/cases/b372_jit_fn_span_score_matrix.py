# case: jit-compiled function computing log-probability span scores restricted to a max answer length with module-level constants -> shapes and Python constants only; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_ANSWER_LENGTH = 4
N_BEST = 3


def _band(seq_len):
    ones = ops.ones((seq_len, seq_len), ms.float32)
    return ops.triu(ones) - ops.triu(ones, MAX_ANSWER_LENGTH)


@ms.jit
def nbest_spans(start_logits, end_logits):
    seq_len = start_logits.shape[-1]
    log_s = ops.log_softmax(start_logits, -1)
    log_e = ops.log_softmax(end_logits, -1)
    scores = log_s.expand_dims(-1) + log_e.expand_dims(-2)
    band = _band(seq_len)
    scores = scores * band - 1e4 * (1 - band)
    vals, idx = ops.topk(scores.reshape(scores.shape[0], -1), N_BEST)
    return vals, idx // seq_len, idx % seq_len


def make():
    np.random.seed(3755)
    s = Tensor(np.random.randn(2, 15).astype(np.float32))
    e = Tensor(np.random.randn(2, 15).astype(np.float32))
    return nbest_spans, (s, e)
