# case: encoder with confidence-based early exit: an if on a tensor returns the cls vector in one branch and the full sequence in the other; expect a dynamic-rank join at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EXIT_CONF = 0.9


class Layer(nn.Cell):
    def __init__(self, d):
        super().__init__()
        self.attn = nn.MultiheadAttention(d, 2, batch_first=True)
        self.norm = nn.LayerNorm((d,))
        self.ff = nn.Dense(d, d)

    def construct(self, x):
        y, _ = self.attn(x, x, x)
        x = self.norm(x + y)
        return x + ops.gelu(self.ff(x))


class EarlyExitEncoder(nn.Cell):
    def __init__(self, d=16, n_cls=3):
        super().__init__()
        self.l1 = Layer(d)
        self.l2 = Layer(d)
        self.exit_head = nn.Dense(d, n_cls)

    def construct(self, x):
        h = self.l1(x)
        probs = ops.softmax(self.exit_head(h[:, 0]), axis=-1)
        if probs.max() > EXIT_CONF:
            out = h[:, 0]
        else:
            out = self.l2(h)
        return out


def make():
    return EarlyExitEncoder(), (Tensor(np.random.randn(2, 6, 16).astype(np.float32)),)
