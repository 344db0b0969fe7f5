# case: SwAV multi-crop swapped-prediction loss summed with a generator expression over crop pairs (list comprehensions, sum builtin on tensors) -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwappedPrediction(nn.Cell):
    def __init__(self, dim=16, n_prototypes=8, temperature=0.1):
        super().__init__()
        self.prototypes = nn.Dense(dim, n_prototypes, has_bias=False)
        self.temperature = temperature
        self.norm = ops.L2Normalize(axis=1)

    def codes(self, scores):
        q = ops.softmax(scores / 0.05, axis=0)
        return ops.stop_gradient(q / q.sum(axis=1, keepdims=True))

    def cross(self, q, scores):
        return -(q * ops.log_softmax(scores / self.temperature, axis=1)).sum(axis=1).mean()

    def construct(self, crops):
        scores = [self.prototypes(self.norm(c)) for c in crops]
        q_global = [self.codes(s) for s in scores[:2]]
        loss = sum(self.cross(q_global[i], scores[v])
                   for i in range(2) for v in range(len(scores)) if v != i)
        n_pairs = 2 * (len(scores) - 1)
        return loss / n_pairs


def make():
    np.random.seed(41)
    crops = tuple(Tensor(np.random.randn(4, 16).astype(np.float32)) for _ in range(4))
    return SwappedPrediction(), (crops,)
