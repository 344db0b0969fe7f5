# case: SwAV Sinkhorn-Knopp assignment with a fixed number of iterations from the config, looping over range(n_iters) on static shapes -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwAVConfig:
    def __init__(self, n_prototypes=6, dim=8, epsilon=0.05, sinkhorn_iterations=3, temperature=0.1):
        self.n_prototypes = n_prototypes
        self.dim = dim
        self.epsilon = epsilon
        self.sinkhorn_iterations = sinkhorn_iterations
        self.temperature = temperature


def sinkhorn(scores, epsilon, n_iters):
    q = ops.exp(scores / epsilon).T
    q = q / q.sum()
    k, b = q.shape
    for _ in range(n_iters):
        q = q / q.sum(axis=1, keepdims=True) / k
        q = q / q.sum(axis=0, keepdims=True) / b
    return (q * b).T


class Prototypes(nn.Dense):
    def __init__(self, config):
        super().__init__(config.dim, config.n_prototypes, has_bias=False)

    def construct(self, x):
        x = x / ops.norm(x, dim=-1, keepdim=True)
        return super().construct(x)


class SwAVLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.prototypes = Prototypes(config)
        self.eps = config.epsilon
        self.iters = config.sinkhorn_iterations
        self.t = config.temperature

    def construct(self, z1, z2):
        s1, s2 = self.prototypes(z1), self.prototypes(z2)
        q1 = ops.stop_gradient(sinkhorn(s1, self.eps, self.iters))
        q2 = ops.stop_gradient(sinkhorn(s2, self.eps, self.iters))
        loss = -(q1 * ops.log_softmax(s2 / self.t, axis=1)).sum(axis=1).mean()
        loss = loss - (q2 * ops.log_softmax(s1 / self.t, axis=1)).sum(axis=1).mean()
        return loss / 2


def make():
    np.random.seed(3682)
    cfg = SwAVConfig()
    z1 = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    z2 = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    return SwAVLoss(cfg), (z1, z2)
