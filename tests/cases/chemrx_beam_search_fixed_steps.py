# case: beam search over precursor edit sequences with constant beam width and a fixed number of steps, scores kept as a fixed-size tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EditBeamSearch(nn.Cell):
    def __init__(self, hidden=8, n_edit_types=6, beam=3, steps=4):
        super().__init__()
        self.step_cell = nn.Dense(hidden, hidden)
        self.edit_out = nn.Dense(hidden, n_edit_types)
        self.beam = beam
        self.steps = steps
        self.n_types = n_edit_types

    def expand(self, states, scores):
        states = ops.tanh(self.step_cell(states))
        logp = ops.log_softmax(self.edit_out(states), axis=-1)
        total = scores.expand_dims(-1) + logp
        return states, total.reshape(-1)

    def construct(self, init_state):
        states = ops.tile(init_state, (self.beam, 1))
        scores = Tensor(np.array([0.0] + [-1e4] * (self.beam - 1), np.float32))
        history = []
        for _ in range(self.steps):
            states, flat = self.expand(states, scores)
            scores, idx = ops.topk(flat, self.beam)
            parent = idx // self.n_types
            states = ops.gather(states, parent, 0)
            history.append(idx % self.n_types)
        return ops.stack(history, axis=1), scores


def make():
    np.random.seed(9)
    init_state = Tensor(np.random.randn(1, 8).astype(np.float32))
    return EditBeamSearch(), (init_state,)
