# case: curriculum-learning decoder that keeps its batches_seen counter in an @ms.jit_class state object and increments it inside construct -> jit_class attribute mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CurriculumState:
    def __init__(self, batches_seen=0, decay=100.0):
        self.batches_seen = batches_seen
        self.decay = decay


class CurriculumDecoder(nn.Cell):
    def __init__(self, n_nodes, hidden=8, horizon=3):
        super().__init__()
        self.horizon = horizon
        self.state = CurriculumState()
        self.cell = nn.GRUCell(n_nodes, hidden)
        self.head = nn.Dense(hidden, n_nodes)

    def construct(self, h, go, labels):
        self.state.batches_seen = self.state.batches_seen + 1
        ratio = self.state.decay / (self.state.decay + self.state.batches_seen)
        x = go
        outs = []
        for t in range(self.horizon):
            h = self.cell(x, h)
            y = self.head(h)
            outs.append(y)
            x = ratio * labels[t] + (1 - ratio) * y
        return ops.stack(outs)


def make():
    np.random.seed(3836)
    n, b = 5, 2
    return CurriculumDecoder(n), (Tensor(np.zeros((b, 8), np.float32)), Tensor(np.zeros((b, n), np.float32)),
                                   Tensor(np.random.randn(3, b, n).astype(np.float32)))
