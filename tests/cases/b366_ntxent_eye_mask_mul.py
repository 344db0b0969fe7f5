# case: SimCLR NT-Xent removing self-similarities by subtracting a large constant times an identity mask and picking positives with a static roll of indices -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LARGE_NUM = 1e9


class SimCLRConfig:
    def __init__(self, temperature=0.1, hidden=16, proj_dim=8, large_num=LARGE_NUM):
        self.temperature = temperature
        self.hidden = hidden
        self.proj_dim = proj_dim
        self.large_num = large_num


class ProjectionHead(nn.SequentialCell):
    def __init__(self, config):
        super().__init__([nn.Dense(config.hidden, config.hidden), nn.ReLU(), nn.Dense(config.hidden, config.proj_dim)])


class NTXentLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = ProjectionHead(config)
        self.t = config.temperature
        self.large = config.large_num

    def construct(self, h1, h2):
        z = ops.concat((self.head(h1), self.head(h2)), axis=0)
        z = ops.L2Normalize(axis=1)(z)
        n2 = z.shape[0]
        n = n2 // 2
        sim = ops.matmul(z, z.T) / self.t
        self_mask = ops.eye(n2, n2, ms.float32)
        sim = sim - self_mask * self.large
        pos_idx = ops.concat((ops.arange(n, n2), ops.arange(0, n))).astype(ms.int32)
        pos_mask = ops.one_hot(pos_idx, n2, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        pos = (sim * pos_mask).sum(axis=1)
        return (ops.logsumexp(sim, 1) - pos).mean()


def make():
    np.random.seed(3676)
    cfg = SimCLRConfig()
    h1 = Tensor(np.random.randn(4, cfg.hidden).astype(np.float32))
    h2 = Tensor(np.random.randn(4, cfg.hidden).astype(np.float32))
    return NTXentLoss(cfg), (h1, h2)
