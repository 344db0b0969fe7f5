# case: a jit function that scores routes and appends each score to a module-level log list -> mutating global Python state inside a jit function, may fail or be dropped in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

ROUTE_LOG = []


@ms.jit
def score_routes(lengths, loads, capacity):
    utilisation = loads / capacity
    score = lengths * (2.0 - utilisation)
    ROUTE_LOG.append(score)
    return score.sum()


def make():
    np.random.seed(14)
    lengths = Tensor(np.random.uniform(5, 40, size=(6,)).astype(np.float32))
    loads = Tensor(np.random.uniform(2, 10, size=(6,)).astype(np.float32))
    return score_routes, (lengths, loads, Tensor(np.float32(10.0)))
