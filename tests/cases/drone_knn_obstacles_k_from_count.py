# case: selects the k nearest obstacles where k is computed with int() from the number of valid returns in the frame -> int() of tensor used as topk size fails in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestObstacles(nn.Cell):
    def __init__(self, max_k=5, invalid_range=100.0):
        super().__init__()
        self.max_k = max_k
        self.invalid_range = invalid_range

    def construct(self, drone_pos, obstacles, valid):
        d = ops.sqrt(ops.reduce_sum((obstacles - drone_pos) ** 2, 1))
        d = ops.where(valid, d, ops.full_like(d, self.invalid_range))
        n_valid = valid.astype(ms.int32).sum()
        k = min(int(n_valid), self.max_k)
        neg, idx = ops.topk(-d, k)
        return -neg, ops.gather(obstacles, idx, 0)


def make():
    np.random.seed(6)
    pos = np.zeros(3, dtype=np.float32)
    obs = np.random.uniform(-5, 5, size=(20, 3)).astype(np.float32)
    valid = np.random.rand(20) > 0.3
    return NearestObstacles(), (Tensor(pos), Tensor(obs), Tensor(valid))
