# case: streaming attention applies a block chunk mask stored as a CSRTensor (indptr/indices precomputed from the config chunk size) and densifies it inside construct before masked_fill -> sparse tensor in the graph, error or unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkAttnConfig:
    d_model = 32
    chunk_size = 4
    max_frames = 16


def chunk_csr_pattern(size, chunk):
    """Row i may attend to columns [0, (i // chunk + 1) * chunk)."""
    ends = np.minimum((np.arange(size) // chunk + 1) * chunk, size)
    indptr = np.concatenate([[0], np.cumsum(ends)]).astype(np.int32)
    indices = np.concatenate([np.arange(e) for e in ends]).astype(np.int32)
    return indptr, indices


class ChunkMaskedAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.d = config.d_model
        self.size = config.max_frames
        self.qkv = nn.Dense(self.d, 3 * self.d)
        indptr, indices = chunk_csr_pattern(config.max_frames, config.chunk_size)
        self.indptr, self.indices = Tensor(indptr), Tensor(indices)
        self.values = Tensor(np.ones(indices.shape[0], np.float32))

    def construct(self, x):
        q, k, v = ops.split(self.qkv(x), self.d, axis=-1)
        chunk_mask = ms.CSRTensor(self.indptr, self.indices, self.values, (self.size, self.size))
        allowed = chunk_mask.to_dense() > 0
        scores = ops.matmul(q, k.swapaxes(1, 2)) / self.d ** 0.5
        scores = ops.masked_fill(scores, ~allowed.expand_dims(0), -1e4)
        return ops.matmul(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(2, 16, 32).astype(np.float32))
    return ChunkMaskedAttention(ChunkAttnConfig()), (x,)
