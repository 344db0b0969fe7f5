# case: progressive-shrinking sampler keeps applying candidate ops in order of decreasing architecture weight while their cumulative probability stays below top_p, appending each output to a list -> expected error or dynamic (data-dependent while loop growing a list)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SamplerConfig:
    def __init__(self, hidden=16, num_ops=4, top_p=0.8):
        self.hidden = hidden
        self.num_ops = num_ops
        self.top_p = top_p


class TopPMixedOp(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.candidates = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(config.num_ops)])
        self.alpha = Parameter(Tensor(np.random.randn(config.num_ops).astype(np.float32)), name="alpha")
        self.top_p = config.top_p

    def construct(self, x):
        probs = ops.softmax(self.alpha, axis=0)
        sorted_p, order = ops.sort(probs, descending=True)
        outs = []
        cum = sorted_p[0] * 0
        i = 0
        while cum < self.top_p:
            branch = self.candidates[int(order[i])]
            outs.append(sorted_p[i] * branch(x))
            cum = cum + sorted_p[i]
            i += 1
        return ops.stack(outs).sum(axis=0)


def make():
    np.random.seed(3797)
    cell = TopPMixedOp(SamplerConfig())
    x = Tensor(np.random.randn(2, 16).astype(np.float32))
    return cell, (x,)
