# case: jit-compiled scoring function increments a module-level global counter of scored attempts -> error or frozen constant in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCORED_ATTEMPTS = 0


@ms.jit
def score_attempts(responses, key, penalty):
    global SCORED_ATTEMPTS
    SCORED_ATTEMPTS = SCORED_ATTEMPTS + 1
    right = (responses == key).astype(ms.float32)
    wrong = 1.0 - right
    return right.sum(axis=1) - penalty * wrong.sum(axis=1)


def make():
    np.random.seed(22)
    responses = Tensor(np.random.randint(0, 4, (5, 10)), ms.int32)
    key = Tensor(np.random.randint(0, 4, (10,)), ms.int32)
    penalty = Tensor(0.25, ms.float32)
    return score_attempts, (responses, key, penalty)
