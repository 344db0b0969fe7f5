# case: tries a constant tuple of candidate bit-widths, stacks their errors and picks the best with argmin + gather -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BitSearch(nn.Cell):
    def __init__(self, candidates=(2, 4, 6, 8), penalty=0.002):
        super().__init__()
        self.candidates = candidates
        self.penalty = penalty

    def fake_quant(self, x, bits):
        qmax = 2 ** (bits - 1) - 1
        scale = ops.amax(ops.abs(x)) / qmax
        return ops.round(x / scale) * scale

    def construct(self, x):
        costs = []
        outs = []
        for b in self.candidates:
            q = self.fake_quant(x, b)
            outs.append(q)
            costs.append(ops.reduce_mean((q - x) ** 2) + self.penalty * b)
        best = ops.argmin(ops.stack(costs))
        return ops.gather(ops.stack(outs), best, 0), best


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(6, 6).astype(np.float32))
    return BitSearch(), (x,)
