# case: LayoutLMv3-style self-attention adds 1-D and 2-D relative position biases, each enabled by a config flag and bucketed with log-spaced buckets -> static graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    def __init__(self, hidden_size=32, num_heads=4, rel_pos_bins=16, max_rel_pos=64,
                 has_relative_attention_bias=True, has_spatial_attention_bias=True):
        self.hidden_size = hidden_size
        self.num_heads = num_heads
        self.rel_pos_bins = rel_pos_bins
        self.max_rel_pos = max_rel_pos
        self.has_relative_attention_bias = has_relative_attention_bias
        self.has_spatial_attention_bias = has_spatial_attention_bias


def relative_bucket(rel, num_buckets, max_distance):
    half = num_buckets // 2
    sign_part = (rel > 0).astype(ms.int32) * half
    n = ops.abs(rel)
    max_exact = half // 2
    is_small = n < max_exact
    log_val = ops.log(n.astype(ms.float32) / max_exact + 1e-6) / math.log(max_distance / max_exact)
    large = max_exact + (log_val * (half - max_exact)).astype(ms.int32)
    large = ops.minimum(large, ops.full_like(large, half - 1))
    return sign_part + ops.where(is_small, n, large)


class SpatialBias(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.bins = config.rel_pos_bins
        self.max_rel_pos = config.max_rel_pos
        self.use_1d = config.has_relative_attention_bias
        self.use_2d = config.has_spatial_attention_bias
        self.bias_1d = nn.Dense(self.bins, config.num_heads, has_bias=False)
        self.bias_x = nn.Dense(self.bins, config.num_heads, has_bias=False)
        self.bias_y = nn.Dense(self.bins, config.num_heads, has_bias=False)
        self.one_hot = ops.OneHot()

    def _bias(self, coords, dense):
        rel = coords.expand_dims(-2) - coords.expand_dims(-1)
        buckets = relative_bucket(rel, self.bins, self.max_rel_pos)
        oh = self.one_hot(buckets, self.bins, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return dense(oh).transpose(0, 3, 1, 2)

    def construct(self, scores, position_ids, bbox):
        if self.use_1d:
            scores = scores + self._bias(position_ids, self.bias_1d)
        if self.use_2d:
            scores = scores + self._bias(bbox[:, :, 0], self.bias_x) + self._bias(bbox[:, :, 3], self.bias_y)
        return ops.softmax(scores, axis=-1)


def make():
    np.random.seed(5)
    scores = Tensor(np.random.randn(2, 4, 12, 12).astype(np.float32))
    pos = Tensor(np.tile(np.arange(12, dtype=np.int32), (2, 1)))
    bbox = Tensor(np.random.randint(0, 1000, size=(2, 12, 4)).astype(np.int32))
    return SpatialBias(AttnConfig()), (scores, pos, bbox)
