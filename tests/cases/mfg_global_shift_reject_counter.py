# case: jit function scoring a batch of parts that bumps a module-level global reject counter -> global state mutation in a jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SHIFT_REJECTS = 0
REJECT_LIMIT = 0.75


@ms.jit
def score_parts(feats, weights):
    global SHIFT_REJECTS
    score = ops.sigmoid(ops.matmul(feats, weights)).squeeze(-1)
    rejects = (score > REJECT_LIMIT).astype(ms.int32).sum()
    SHIFT_REJECTS = SHIFT_REJECTS + 1
    return score, rejects


def make():
    np.random.seed(25)
    feats = Tensor(np.random.randn(10, 4).astype(np.float32))
    w = Tensor(np.random.randn(4, 1).astype(np.float32))
    return score_parts, (feats, w)
