# case: @ms.jit function computing Harrell's concordance index from pairwise comparable pairs with dense masks -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def comparable_pairs(times, events):
    earlier = times.expand_dims(1) < times.expand_dims(0)
    return earlier & (events.expand_dims(1) > 0)


@ms.jit
def concordance_index(risk, times, events):
    comparable = comparable_pairs(times, events).astype(ms.float32)
    higher = (risk.expand_dims(1) > risk.expand_dims(0)).astype(ms.float32)
    ties = (risk.expand_dims(1) == risk.expand_dims(0)).astype(ms.float32)
    concordant = (comparable * (higher + 0.5 * ties)).sum()
    return concordant / ops.maximum(comparable.sum(), Tensor(1.0, ms.float32))


def make():
    np.random.seed(39)
    risk = Tensor(np.random.randn(12).astype(np.float32))
    times = Tensor(np.random.exponential(10, 12).astype(np.float32))
    events = Tensor(np.random.binomial(1, 0.6, 12).astype(np.float32))
    return concordance_index, (risk, times, events)
