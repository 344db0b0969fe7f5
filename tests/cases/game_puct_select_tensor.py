# case: batched PUCT child selection written only with tensor ops (sqrt, where for illegal children, argmax) -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PUCTSelect(nn.Cell):
    def __init__(self, c_puct=1.5, fpu_value=0.0):
        super().__init__()
        self.c_puct = c_puct
        self.fpu_value = fpu_value

    def q_values(self, value_sums, visits):
        q = value_sums / ops.maximum(visits, 1.0)
        return ops.where(visits > 0, q, ops.full_like(q, self.fpu_value))

    def construct(self, value_sums, visits, priors, legal):
        parent = visits.sum(-1, keepdims=True)
        u = self.c_puct * priors * ops.sqrt(parent + 1.0) / (1.0 + visits)
        scores = self.q_values(value_sums, visits) + u
        scores = ops.where(legal, scores, ops.full_like(scores, -1e9))
        return ops.argmax(scores, -1), scores


def make():
    np.random.seed(23)
    visits = np.random.randint(0, 10, (4, 7)).astype(np.float32)
    sums = (np.random.uniform(-1, 1, (4, 7)) * visits).astype(np.float32)
    p = np.random.rand(4, 7).astype(np.float32)
    legal = np.random.rand(4, 7) > 0.2
    return PUCTSelect(), (Tensor(sums), Tensor(visits), Tensor(p / p.sum(-1, keepdims=True)), Tensor(legal))
