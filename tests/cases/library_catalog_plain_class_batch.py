# case: wrap each batch of candidate catalogue matches in a plain Python MatchBatch object created and returned from construct -> plain class instance in graph, hazard
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MatchBatch:
    def __init__(self, scores, labels):
        self.scores = scores
        self.labels = labels

    def accepted(self):
        return self.labels.sum()


class Matcher(nn.Cell):
    def __init__(self, dim=32, accept=0.6):
        super().__init__()
        self.head = nn.Dense(2 * dim, 1)
        self.accept = accept

    def construct(self, rec_a, rec_b):
        pair = ops.concat((ops.abs(rec_a - rec_b), rec_a * rec_b), axis=1)
        scores = ops.sigmoid(self.head(pair)).squeeze(1)
        batch = MatchBatch(scores, (scores > self.accept).astype(ms.float32))
        return batch.scores, batch.accepted()


def make():
    np.random.seed(63)
    a = Tensor(np.random.randn(12, 32).astype(np.float32))
    b = Tensor(np.random.randn(12, 32).astype(np.float32))
    return Matcher(), (a, b)
