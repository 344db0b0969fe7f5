# case: stacked knowledge-state layers in a CellList with an optional forgetting decay controlled by a Python bool flag and a constant loop -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KnowledgeLayer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.dense = nn.Dense(dim, dim)

    def construct(self, x):
        return x + ops.tanh(self.dense(x))


class ForgettingKT(nn.Cell):
    def __init__(self, dim=8, num_layers=3, use_forgetting=True, half_life=7.0):
        super().__init__()
        self.layers = nn.CellList([KnowledgeLayer(dim) for _ in range(num_layers)])
        self.use_forgetting = use_forgetting
        self.half_life = half_life
        self.head = nn.Dense(dim, 1)

    def construct(self, state, days_since_practice):
        for layer in self.layers:
            state = layer(state)
        if self.use_forgetting:
            decay = ops.pow(0.5, days_since_practice / self.half_life)
            state = state * decay.expand_dims(-1)
        return ops.sigmoid(self.head(state)).squeeze(-1)


def make():
    np.random.seed(34)
    state = Tensor(np.random.randn(5, 8).astype(np.float32))
    days = Tensor(np.random.uniform(0, 30, (5,)).astype(np.float32))
    return ForgettingKT(), (state, days)
