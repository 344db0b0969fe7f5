# case: @ms.jit metric function finds the first relevant position of each ranked list with argwhere -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

CUTOFF = 10


def _ranked_relevance(scores, labels):
    order = ops.argsort(scores, axis=-1, descending=True)[:, :CUTOFF]
    return ops.gather_elements(labels, 1, order)


@ms.jit
def success_and_first_hit(scores, labels):
    rel = _ranked_relevance(scores, labels)
    hits = ops.argwhere(rel > 0)
    success = (rel.sum(axis=-1) > 0).astype(ms.float32).mean()
    return success, hits


def make():
    np.random.seed(17)
    scores = Tensor(np.random.rand(5, 25).astype(np.float32))
    labels = Tensor((np.random.rand(5, 25) > 0.85).astype(np.int32))
    return success_and_first_hit, (scores, labels)
