# case: neighbor sampler keeping top-k random-scored neighbors per node where k comes from a config fanout list per hop -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_FANOUTS = (5, 3)


class SamplerConfig:
    def __init__(self, fanouts=None, hidden=16):
        self.fanouts = tuple(fanouts) if fanouts is not None else DEFAULT_FANOUTS
        self.hidden = hidden


class HopSampler(nn.Cell):
    def __init__(self, fanout):
        super().__init__()
        self.fanout = fanout

    def construct(self, adj, h):
        scores = adj * (1.0 + ops.rand(adj.shape)) - (1.0 - adj) * 1e4
        vals, nbr = ops.topk(scores, self.fanout)
        valid = (vals > 0).astype(h.dtype)
        feat = ops.gather(h, nbr.reshape(-1), 0).reshape(h.shape[0], self.fanout, -1)
        return (feat * valid[..., None]).sum(1) / ops.clamp(valid.sum(1, keepdims=True), min=1.0)


class SAGESampled(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.hops = nn.CellList([HopSampler(k) for k in config.fanouts])
        self.lins = nn.CellList([nn.Dense(2 * config.hidden, config.hidden) for _ in config.fanouts])

    def construct(self, adj, x):
        h = x
        for hop, lin in zip(self.hops, self.lins):
            h = ops.relu(lin(ops.concat((h, hop(adj, h)), axis=-1)))
        return h


def make():
    np.random.seed(3440)
    n = 12
    adj = (np.random.rand(n, n) < 0.4).astype(np.float32)
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    return SAGESampled(SamplerConfig()), (Tensor(adj), x)
