# case: attention-model decoder reading problem settings (capacity, clip, depot index) from a read-only @ms.jit_class config object passed at init -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ProblemConfig:
    def __init__(self, capacity=1.0, tanh_clip=10.0, depot=0, mask_depot_at_start=True):
        self.capacity = capacity
        self.tanh_clip = tanh_clip
        self.depot = depot
        self.mask_depot_at_start = mask_depot_at_start

    def scaled(self, demand):
        return demand / self.capacity


class CVRPDecoder(nn.Cell):
    def __init__(self, embed_dim=16, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else ProblemConfig()
        self.node = nn.Dense(3, embed_dim)
        self.ctx = nn.Dense(embed_dim + 1, embed_dim)

    def construct(self, coords, demands, used, first_step):
        d = self.cfg.scaled(demands)
        h = self.node(ops.concat([coords, d.expand_dims(-1)], -1))
        remaining = (self.cfg.capacity - used).expand_dims(-1)
        q = self.ctx(ops.concat([h.mean(1), remaining], -1))
        logits = self.cfg.tanh_clip * ops.tanh(ops.bmm(h, q.expand_dims(-1)).squeeze(-1) / 4.0)
        mask = demands > remaining
        if self.cfg.mask_depot_at_start:
            depot_col = ops.logical_and(mask[:, :1], ops.logical_not(first_step.expand_dims(-1)))
            mask = ops.concat([ops.logical_or(depot_col, first_step.expand_dims(-1)), mask[:, 1:]], -1)
        return ops.softmax(ops.masked_fill(logits, mask, -1e9), -1)


def make():
    np.random.seed(39)
    coords = Tensor(np.random.rand(2, 5, 2).astype(np.float32))
    dem = np.random.uniform(0.1, 0.5, (2, 5)).astype(np.float32)
    dem[:, 0] = 0
    return CVRPDecoder(), (coords, Tensor(dem), Tensor(np.array([0.0, 0.7], np.float32)),
                           Tensor(np.array([True, False])))
