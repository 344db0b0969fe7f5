# case: spatial attention bias sizes its bucket table by the largest box coordinate on the page (int of a tensor max) and slices the learned table to it -> slice length from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SpatialConfig:
    def __init__(self, num_heads=4, max_buckets=128, bucket_width=16):
        self.num_heads = num_heads
        self.max_buckets = max_buckets
        self.bucket_width = bucket_width


class SpatialBiasTable(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.bucket_width = config.bucket_width
        self._init_table(config.max_buckets, config.num_heads)

    def _init_table(self, buckets, heads):
        table = np.random.randn(buckets, heads).astype(np.float32) * 0.02
        self.table = Parameter(Tensor(table), name="spatial_bias_table")

    def _active_table(self, bbox):
        n_buckets = int(bbox.max()) // self.bucket_width + 1
        return self.table[:n_buckets]

    def construct(self, scores, bbox):
        table = self._active_table(bbox)
        x0 = bbox[:, :, 0] // self.bucket_width
        rel = ops.abs(x0.expand_dims(-1) - x0.expand_dims(-2))
        bias = ops.gather(table, rel, 0)  # (b, n, n, heads)
        return scores + bias.transpose(0, 3, 1, 2)


def make():
    np.random.seed(6)
    scores = Tensor(np.random.randn(1, 4, 10, 10).astype(np.float32))
    bbox = Tensor(np.random.randint(0, 600, size=(1, 10, 4)).astype(np.int32))
    return SpatialBiasTable(SpatialConfig()), (scores, bbox)
