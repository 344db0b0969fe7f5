# case: adaptive computation time loop runs a recurrent cell while any halting probability is below threshold, state shapes fixed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ACTCell(nn.Cell):
    def __init__(self, dim=8, max_steps=5, eps=0.01):
        super().__init__()
        self.transition = nn.Dense(dim, dim)
        self.halt = nn.Dense(dim, 1)
        self.max_steps = max_steps
        self.threshold = 1.0 - eps

    def halting_prob(self, h):
        return ops.sigmoid(self.halt(h)).squeeze(-1)

    def construct(self, x):
        batch = x.shape[0]
        h = x
        halted = ops.zeros((batch,), ms.float32)
        remainders = ops.zeros((batch,), ms.float32)
        weighted = ops.zeros_like(x)
        step = 0
        while halted.min() < self.threshold and step < self.max_steps:
            h = ops.tanh(self.transition(h))
            p = self.halting_prob(h)
            still_running = (halted < self.threshold).astype(ms.float32)
            new_halted = halted + p * still_running
            finishing = (new_halted >= self.threshold).astype(ms.float32) * still_running
            p_step = p * still_running * (1 - finishing) + (1 - halted) * finishing
            weighted = weighted + p_step.expand_dims(-1) * h
            remainders = remainders + (1 - halted) * finishing
            halted = new_halted
            step += 1
        return weighted, remainders


def make():
    np.random.seed(7)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return ACTCell(), (x,)
