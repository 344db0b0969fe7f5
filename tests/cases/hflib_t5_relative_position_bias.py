# case: T5 relative position bias with the _relative_position_bucket helper (log-spaced buckets via ops.where / ops.minimum) computed from query/key lengths taken from shapes -> everything shape- or constant-driven, static graph expected
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class T5Config:
    def __init__(self, num_heads=4, relative_attention_num_buckets=32, relative_attention_max_distance=128, is_decoder=False):
        self.num_heads = num_heads
        self.relative_attention_num_buckets = relative_attention_num_buckets
        self.relative_attention_max_distance = relative_attention_max_distance
        self.is_decoder = is_decoder


class T5RelativeBias(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.is_decoder = config.is_decoder
        self.num_buckets = config.relative_attention_num_buckets
        self.max_distance = config.relative_attention_max_distance
        self.relative_attention_bias = nn.Embedding(self.num_buckets, config.num_heads)

    @staticmethod
    def _relative_position_bucket(relative_position, bidirectional=True, num_buckets=32, max_distance=128):
        relative_buckets = ops.zeros_like(relative_position)
        if bidirectional:
            num_buckets //= 2
            relative_buckets += (relative_position > 0).astype(ms.int32) * num_buckets
            relative_position = ops.abs(relative_position)
        else:
            relative_position = -ops.minimum(relative_position, ops.zeros_like(relative_position))
        max_exact = num_buckets // 2
        is_small = relative_position < max_exact
        rp_float = relative_position.astype(ms.float32)
        large = max_exact + (ops.log(rp_float / max_exact + 1e-6) / math.log(max_distance / max_exact)
                             * (num_buckets - max_exact)).astype(ms.int32)
        large = ops.minimum(large, ops.full_like(large, num_buckets - 1))
        return relative_buckets + ops.where(is_small, relative_position, large)

    def construct(self, hidden_states):
        query_length = hidden_states.shape[1]
        key_length = hidden_states.shape[1]
        context_position = ops.arange(query_length, dtype=ms.int32)[:, None]
        memory_position = ops.arange(key_length, dtype=ms.int32)[None, :]
        relative_position = memory_position - context_position
        buckets = self._relative_position_bucket(relative_position, bidirectional=not self.is_decoder,
                                                 num_buckets=self.num_buckets, max_distance=self.max_distance)
        values = self.relative_attention_bias(buckets)
        return values.transpose(2, 0, 1).expand_dims(0)


def make():
    np.random.seed(40)
    bias = T5RelativeBias(T5Config())
    h = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    return bias, (h,)
