# case: PUCT exploration term computed with math.sqrt on the summed visit-count tensor -> math module call on a tensor is a host round trip in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PUCTSelector(nn.Cell):
    def __init__(self, c_base=19652.0, c_init=1.25):
        super().__init__()
        self.c_base = c_base
        self.c_init = c_init

    def exploration_rate(self, parent_visits):
        return math.log((1.0 + parent_visits + self.c_base) / self.c_base) + self.c_init

    def construct(self, q_values, priors, visit_counts):
        parent_visits = visit_counts.sum()
        c = self.exploration_rate(parent_visits)
        u = c * priors * math.sqrt(parent_visits) / (1.0 + visit_counts)
        scores = q_values + u
        return ops.argmax(scores), scores


def make():
    np.random.seed(17)
    q = Tensor(np.random.uniform(-1, 1, 8).astype(np.float32))
    p = np.random.rand(8).astype(np.float32)
    n = Tensor(np.random.randint(0, 30, 8).astype(np.float32))
    return PUCTSelector(), (q, Tensor(p / p.sum()), n)
