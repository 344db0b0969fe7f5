# case: @ms.jit function scores sampled candidates but first cuts the candidate list to the count passed in as a 0-d tensor and read with .item() -> slice bound from tensor data inside jit, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _dot(a, b):
    return (a.expand_dims(1) * b).sum(-1)


@ms.jit
def score_sampled(session_state, cand_vecs, n_cands):
    n = n_cands.item()
    cand_vecs = cand_vecs[:, :n, :]
    scores = _dot(session_state, cand_vecs)
    return ops.log_softmax(scores, axis=-1)


def make():
    np.random.seed(3596)
    state = Tensor(np.random.randn(4, 8).astype(np.float32))
    cands = Tensor(np.random.randn(4, 20, 8).astype(np.float32))
    return score_sampled, (state, cands, Tensor(12, ms.int32))
