# case: vectorised ACT computes all step states, cumsums halting probabilities and builds the halting mask and remainder weights without any loop break -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VectorisedACT(nn.Cell):
    def __init__(self, dim=8, steps=5, threshold=0.99):
        super().__init__()
        self.step_fn = nn.Dense(dim, dim)
        self.halt_fn = nn.Dense(dim, 1)
        self.steps = steps
        self.threshold = threshold

    def construct(self, x):
        states = []
        for _ in range(self.steps):
            x = ops.tanh(self.step_fn(x))
            states.append(x)
        states = ops.stack(states, axis=1)
        p = ops.sigmoid(self.halt_fn(states)).squeeze(-1)
        cum = ops.cumsum(p, axis=1)
        prev = cum - p
        running = (prev < self.threshold).astype(p.dtype)
        weights = ops.minimum(p, 1.0 - prev) * running
        out = (weights.expand_dims(-1) * states).sum(axis=1)
        ponder_cost = running.sum(axis=1).mean()
        return out, ponder_cost


def make():
    np.random.seed(37)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return VectorisedACT(), (x,)
