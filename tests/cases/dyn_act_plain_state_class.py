# case: adaptive computation time keeps its halting state in a plain Python class instance created from tensors and mutated in construct -> compile error at line 27 (STRICT)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HaltingState:
    def __init__(self, hidden, cum_prob, output):
        self.hidden = hidden
        self.cum_prob = cum_prob
        self.output = output

    def update(self, hidden, p):
        self.hidden = hidden
        self.output = self.output + p.expand_dims(-1) * hidden
        self.cum_prob = self.cum_prob + p


class AdaptiveRecurrent(nn.Cell):
    def __init__(self, dim=8, num_steps=3):
        super().__init__()
        self.cell = nn.Dense(dim, dim)
        self.halt = nn.Dense(dim, 1)
        self.num_steps = num_steps

    def construct(self, x):
        state = HaltingState(x, ops.zeros((x.shape[0],), ms.float32), ops.zeros_like(x))
        for _ in range(self.num_steps):
            h = ops.tanh(self.cell(state.hidden))
            p = ops.sigmoid(self.halt(h)).squeeze(-1) * (1 - state.cum_prob)
            state.update(h, p)
        return state.output, state.cum_prob


def make():
    np.random.seed(17)
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return AdaptiveRecurrent(), (x,)
