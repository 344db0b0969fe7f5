# case: neighbor sampler that scores dense adjacency rows and keeps top-k neighbors with k = int(max degree) read from the batch -> data-dependent top-k size
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    fanout = None
    replace = False
    temperature = 1.0


class NeighborSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fanout = config.fanout
        self.temperature = config.temperature

    def _fanout(self, adj):
        if self.fanout is not None:
            return self.fanout
        return int(adj.sum(1).max())

    def construct(self, adj, x):
        k = self._fanout(adj)
        noise = ops.rand(adj.shape) * self.temperature
        scores = adj * (1.0 + noise) - (1.0 - adj) * 1e4
        _, nbr = ops.topk(scores, k)
        nbr_feat = ops.gather(x, nbr.reshape(-1), 0).reshape(x.shape[0], k, -1)
        return nbr_feat.mean(1)


def make():
    np.random.seed(3439)
    n = 10
    adj = (np.random.rand(n, n) < 0.3).astype(np.float32)
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    return NeighborSampler(SamplerConfig()), (Tensor(adj), x)
