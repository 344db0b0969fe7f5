# case: VRP decoder whose step loop runs range(num_customers) where the customer count comes in as an int tensor from the batch -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StepwiseVRPDecoder(nn.Cell):
    def __init__(self, embed_dim=8, capacity=1.0):
        super().__init__()
        self.capacity = capacity
        self.embed = nn.Dense(3, embed_dim)
        self.ctx = nn.Dense(embed_dim + 1, embed_dim)

    def pick(self, h, q, mask):
        logits = (h * q.expand_dims(1)).sum(-1)
        logits = ops.where(mask, ops.full_like(logits, -1e9), logits)
        return ops.argmax(logits, -1)

    def construct(self, coords, demands, num_customers):
        h = self.embed(ops.concat([coords, demands.expand_dims(-1)], -1))
        b, n, _ = h.shape
        load = ops.zeros((b,), ms.float32)
        visited = ops.zeros((b, n), ms.bool_)
        cur = ops.zeros((b,), ms.int64)
        ar = ops.arange(n).view(1, -1)
        picks = []
        for _ in range(num_customers):
            q = self.ctx(ops.concat([h[ops.arange(b), cur], (self.capacity - load).expand_dims(-1)], -1))
            over = demands > (self.capacity - load).expand_dims(-1)
            cur = self.pick(h, q, ops.logical_or(visited, over))
            load = load + demands[ops.arange(b), cur]
            visited = ops.logical_or(visited, ar == cur.view(-1, 1))
            picks.append(cur)
        return ops.stack(picks, 1), load


def make():
    np.random.seed(18)
    coords = Tensor(np.random.rand(2, 5, 2).astype(np.float32))
    dem = np.random.uniform(0.05, 0.2, (2, 5)).astype(np.float32)
    return StepwiseVRPDecoder(), (coords, Tensor(dem), Tensor(4, ms.int32))
