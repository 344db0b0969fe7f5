# case: relative position bucket table is precomputed with NumPy in __init__ for the configured max length and only sliced by the input's static length in construct -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelPosConfig:
    def __init__(self, num_heads=4, num_buckets=32, max_distance=128, max_position=64):
        self.num_heads = num_heads
        self.num_buckets = num_buckets
        self.max_distance = max_distance
        self.max_position = max_position


def log_bucket(rel, num_buckets, max_distance):
    n = np.abs(rel).astype(np.float64)
    max_exact = num_buckets // 2
    large = max_exact + np.log(n / max_exact + 1e-6) / np.log(max_distance / max_exact) * (num_buckets - max_exact)
    return np.minimum(np.where(n < max_exact, n, large), num_buckets - 1).astype(np.int32)


class RelativePositionBias(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.bias = nn.Embedding(config.num_buckets, config.num_heads)
        pos = np.arange(config.max_position)
        self.bucket_table = Tensor(log_bucket(pos[None, :] - pos[:, None], config.num_buckets, config.max_distance))

    def construct(self, hidden_states):
        seq_len = hidden_states.shape[1]
        buckets = self.bucket_table[:seq_len, :seq_len]
        return self.bias(buckets).transpose(2, 0, 1).expand_dims(0)


def make():
    np.random.seed(32)
    h = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return RelativePositionBias(RelPosConfig()), (h,)
