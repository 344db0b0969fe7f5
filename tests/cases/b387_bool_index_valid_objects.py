# case: jitted post-processing keeps only object probability maps whose detection score passes a threshold via boolean-mask indexing, then aggregates them -> boolean mask indexing gives a data-dependent object count; dynamic shape expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCORE_THRESH = 0.5
EPS = 1e-7


def _soft_aggregate(prob):
    bg = ops.prod(1 - prob, 0, True)
    p = ops.concat((bg, prob), axis=0).clip(EPS, 1 - EPS)
    return ops.softmax(ops.log(p / (1 - p)), axis=0)


@ms.jit
def filter_and_aggregate(prob, scores):
    valid = scores > SCORE_THRESH
    kept = prob[valid]
    return _soft_aggregate(kept)


def make():
    np.random.seed(3884)
    prob = Tensor(np.random.rand(4, 8, 8).astype(np.float32))
    scores = Tensor(np.array([0.9, 0.2, 0.7, 0.1], dtype=np.float32))
    return filter_and_aggregate, (prob, scores)
