# case: @ms.jit candidate pruner keeps as many top passages as scored above a threshold, count taken with int() of a sum -> slice length from data, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

SCORE_THRESHOLD = 0.0


def _count_above(scores, threshold):
    return int((scores > threshold).astype(ms.int32).sum())


@ms.jit
def prune_candidates(scores, doc_embeds):
    order = ops.argsort(scores, descending=True)
    ranked = ops.gather(doc_embeds, order, 0)
    keep = _count_above(scores, SCORE_THRESHOLD)
    return ranked[:keep]


def make():
    np.random.seed(28)
    s = Tensor(np.random.randn(10).astype(np.float32))
    d = Tensor(np.random.randn(10, 8).astype(np.float32))
    return prune_candidates, (s, d)
