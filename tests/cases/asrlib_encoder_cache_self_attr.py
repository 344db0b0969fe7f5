# case: streaming Conformer-style encoder keeps its attention key/value cache on the Cell and overwrites self.att_cache inside construct after each chunk -> attribute of self written in construct, error or side effect issue in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamConfig:
    d_model = 32
    left_context = 8
    use_cache = True


class CachedSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.d = config.d_model
        self.left_context = config.left_context
        self.qkv = nn.Dense(self.d, 3 * self.d)
        self.use_cache = getattr(config, "use_cache", False)
        self._reset_cache()

    def _reset_cache(self):
        self.att_cache = Tensor(np.zeros((1, self.left_context, 2 * self.d), np.float32))

    def construct(self, chunk):
        q, k, v = ops.split(self.qkv(chunk), self.d, axis=-1)
        kv = ops.concat([k, v], axis=-1)
        if self.use_cache:
            kv = ops.concat([self.att_cache, kv], axis=1)
            self.att_cache = kv[:, -self.left_context:]
        k, v = ops.split(kv, self.d, axis=-1)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(1, 2)) / self.d ** 0.5, axis=-1)
        return ops.matmul(attn, v)


def make():
    np.random.seed(24)
    chunk = Tensor(np.random.randn(1, 4, 32).astype(np.float32))
    return CachedSelfAttention(StreamConfig()), (chunk,)
