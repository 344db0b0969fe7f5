# case: diffusion that keeps adding k-hop supports to a list while the reachable probability mass is still below a target, so the number of hops (and the concatenated width) comes from data -> data-dependent loop growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HopConfig:
    coverage = 0.9
    max_hops = 6


class AdaptiveHopDiffusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.coverage = config.coverage
        self.max_hops = config.max_hops

    def _coverage(self, reach):
        return (reach > 0).astype(ms.float32).mean()

    def construct(self, x, adj):
        p = adj / (adj.sum(axis=1, keepdims=True) + 1e-8)
        supports = [x]
        reach = ops.eye(adj.shape[0], adj.shape[0], adj.dtype)
        xk = x
        while self._coverage(reach) < self.coverage:
            reach = ops.matmul(reach, p)
            xk = ops.matmul(p, xk)
            supports.append(xk)
        return ops.concat(supports, axis=-1)


def make():
    np.random.seed(3832)
    x = np.random.randn(8, 3).astype(np.float32)
    adj = (np.random.rand(8, 8) > 0.7).astype(np.float32)
    np.fill_diagonal(adj, 0)
    for i in range(8):
        adj[i, (i + 1) % 8] = 1.0
    return AdaptiveHopDiffusion(HopConfig()), (Tensor(x), Tensor(adj))
