# case: iterative flow refinement keeps its state in a plain Python object created and mutated inside construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowState:
    def __init__(self, flow, hidden):
        self.flow = flow
        self.hidden = hidden
        self.history = []

    def step(self, delta, hidden):
        self.flow = self.flow + delta
        self.hidden = hidden
        self.history.append(self.flow)


class StatefulRefiner(nn.Cell):
    def __init__(self, hidden=6, iters=3):
        super().__init__()
        self.iters = iters
        self.gru = nn.Conv2d(hidden + 2, hidden, 3, pad_mode='same')
        self.head = nn.Conv2d(hidden, 2, 1)

    def construct(self, hidden, flow):
        state = FlowState(flow, hidden)
        for _ in range(self.iters):
            h = ops.tanh(self.gru(ops.cat([state.hidden, state.flow], axis=1)))
            state.step(self.head(h), h)
        return state.flow, len(state.history)


def make():
    np.random.seed(9)
    hidden = Tensor(np.random.randn(1, 6, 5, 7).astype(np.float32))
    flow = Tensor(np.zeros((1, 2, 5, 7), np.float32))
    return StatefulRefiner(), (hidden, flow)
