# case: ms.jit function computes how many samples fall under a risk budget and gathers the indices of that many most-confident samples via a tensor-valued slice of argsort -> data-dependent size, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def accept_under_budget(probs, labels, budget):
    conf = probs.max(axis=-1)
    order = ops.argsort(conf, descending=True)
    errs = (probs.argmax(axis=-1) != labels).astype(ms.float32)
    sorted_errs = ops.gather(errs, order, 0)
    running_risk = ops.cumsum(sorted_errs, 0) / ops.arange(1, conf.shape[0] + 1).astype(ms.float32)
    count = (running_risk <= budget).astype(ms.int32).sum()
    accepted = order[:count]
    return ops.gather(probs, accepted, 0), count


def make():
    np.random.seed(0)
    raw = np.random.rand(10, 3).astype(np.float32) ** 2
    probs = Tensor(raw / raw.sum(axis=1, keepdims=True))
    labels = Tensor(np.random.randint(0, 3, size=(10,)).astype(np.int32))
    budget = Tensor(0.4, ms.float32)
    return accept_under_budget, (probs, labels, budget)
