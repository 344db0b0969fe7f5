# case: simulated streaming inference splits the utterance into num_chunks = T // chunk_size chunks (a shape), encodes each with a left-context cache in a Python list and concatenates the outputs -> trip count and slice bounds are Python ints, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamConfig:
    def __init__(self, d_model=32, decoding_chunk_size=4, num_decoding_left_chunks=1):
        self.d_model = d_model
        self.decoding_chunk_size = decoding_chunk_size
        self.num_decoding_left_chunks = num_decoding_left_chunks


class ChunkEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.d = config.d_model
        self.qkv = nn.Dense(self.d, 3 * self.d)
        self.chunk_size = config.decoding_chunk_size
        self.required_cache = config.decoding_chunk_size * config.num_decoding_left_chunks

    def forward_chunk(self, chunk, att_cache):
        q, k, v = ops.split(self.qkv(chunk), self.d, axis=-1)
        kv = ops.concat([att_cache, ops.concat([k, v], axis=-1)], axis=1)
        k, v = ops.split(kv, self.d, axis=-1)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(1, 2)) / self.d ** 0.5, axis=-1)
        return ops.matmul(attn, v), kv[:, -self.required_cache:]

    def construct(self, xs):
        b, t, _ = xs.shape
        num_chunks = t // self.chunk_size
        att_cache = ops.zeros((b, self.required_cache, 2 * self.d), xs.dtype)
        outputs = []
        for i in range(num_chunks):
            chunk = xs[:, i * self.chunk_size:(i + 1) * self.chunk_size]
            y, att_cache = self.forward_chunk(chunk, att_cache)
            outputs.append(y)
        return ops.concat(outputs, axis=1), att_cache


def make():
    np.random.seed(40)
    xs = Tensor(np.random.randn(1, 16, 32).astype(np.float32))
    return ChunkEncoder(StreamConfig()), (xs,)
