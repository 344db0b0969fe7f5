# case: adaptive computation time loops with a while on the tensor condition "any sample not yet halted" and a step cap -> control flow on tensor, probably static or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ACTCell(nn.Cell):
    def __init__(self, dim=16, max_steps=6, eps=0.01):
        super().__init__()
        self.transition = nn.Dense(dim, dim)
        self.halt = nn.Dense(dim, 1)
        self.max_steps = max_steps
        self.eps = eps

    def construct(self, state):
        b = state.shape[0]
        halting = ops.zeros((b, 1), ms.float32)
        remainders = ops.zeros((b, 1), ms.float32)
        weighted = ops.zeros_like(state)
        step = 0
        while (halting < 1.0 - self.eps).any() and step < self.max_steps:
            p = ops.sigmoid(self.halt(state))
            still = (halting < 1.0 - self.eps).astype(ms.float32)
            p = p * still
            halting = halting + p
            remainders = remainders + still * (1.0 - halting)
            state = ops.tanh(self.transition(state))
            weighted = weighted + p * state
            step += 1
        return weighted, remainders


def make():
    np.random.seed(6)
    state = Tensor(np.random.randn(4, 16).astype(np.float32))
    return ACTCell(), (state,)
