# case: ACT ponder cost config held in an @ms.jit_class object read inside construct, fixed unrolled steps -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class PonderConfig:
    def __init__(self, steps=4, tau=0.01, eps=0.05):
        self.steps = steps
        self.tau = tau
        self.eps = eps

    def threshold(self):
        return 1.0 - self.eps


class ACTEncoder(nn.Cell):
    def __init__(self, dim=8, config=None):
        super().__init__()
        self.config = config if config is not None else PonderConfig()
        self.transition = nn.GRUCell(dim, dim)
        self.halt = nn.Dense(dim, 1)

    def construct(self, x):
        h = ops.zeros_like(x)
        acc = ops.zeros((x.shape[0],), ms.float32)
        out = ops.zeros_like(x)
        ponder = ops.zeros((x.shape[0],), ms.float32)
        thr = self.config.threshold()
        for _ in range(self.config.steps):
            h = self.transition(x, h)
            p = ops.sigmoid(self.halt(h)).squeeze(-1)
            running = (acc < thr).astype(ms.float32)
            p = p * running
            out = out + p.expand_dims(-1) * h
            acc = acc + p
            ponder = ponder + running
        return out, self.config.tau * ponder.mean()


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return ACTEncoder(), (x,)
