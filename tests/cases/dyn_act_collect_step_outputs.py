# case: ACT ponder loop appends per-step outputs to a Python list inside a tensor-conditioned while loop and stacks them -> compile error at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PonderNet(nn.Cell):
    def __init__(self, dim=8, num_classes=3, max_steps=6, halt_threshold=0.9):
        super().__init__()
        self.rnn = nn.Dense(dim * 2, dim)
        self.lambda_head = nn.Dense(dim, 1)
        self.out_head = nn.Dense(dim, num_classes)
        self.max_steps = max_steps
        self.halt_threshold = halt_threshold

    def step(self, x, h):
        h = ops.tanh(self.rnn(ops.cat((x, h), axis=-1)))
        lam = ops.sigmoid(self.lambda_head(h)).squeeze(-1)
        return h, lam

    def construct(self, x):
        h = ops.zeros_like(x)
        not_halted = ops.ones((x.shape[0],), ms.float32)
        cum_halt = ops.zeros((x.shape[0],), ms.float32)
        outputs = []
        probs = []
        n = 0
        while cum_halt.mean() < self.halt_threshold and n < self.max_steps:
            h, lam = self.step(x, h)
            p = not_halted * lam
            outputs.append(self.out_head(h))
            probs.append(p)
            cum_halt = cum_halt + p
            not_halted = not_halted * (1 - lam)
            n += 1
        return ops.stack(outputs), ops.stack(probs)


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return PonderNet(), (x,)
