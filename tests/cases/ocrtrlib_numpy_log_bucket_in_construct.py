# case: relative position bucketing helper uses np.log and np.minimum directly on the relative-distance tensor inside construct -> NumPy applied to tensors in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelPosConfig:
    def __init__(self, num_heads=4, num_buckets=32, max_distance=128):
        self.num_heads = num_heads
        self.num_buckets = num_buckets
        self.max_distance = max_distance


def log_bucket(rel, num_buckets, max_distance):
    n = np.abs(rel)
    max_exact = num_buckets // 2
    large = max_exact + np.log(n / max_exact + 1e-6) / np.log(max_distance / max_exact) * (num_buckets - max_exact)
    return np.minimum(np.where(n < max_exact, n, large), num_buckets - 1)


class RelativePositionBias(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.bias = nn.Embedding(config.num_buckets, config.num_heads)
        self.num_buckets = config.num_buckets
        self.max_distance = config.max_distance

    def construct(self, position_ids):
        rel = (position_ids.expand_dims(-2) - position_ids.expand_dims(-1)).astype(ms.float32)
        buckets = Tensor(log_bucket(rel, self.num_buckets, self.max_distance)).astype(ms.int32)
        return self.bias(buckets).transpose(0, 3, 1, 2)


def make():
    np.random.seed(31)
    pos = Tensor(np.tile(np.arange(10, dtype=np.int32), (2, 1)))
    return RelativePositionBias(RelPosConfig()), (pos,)
