# case: chunk-wise streaming attention mask assembled as an ms.COOTensor from (row, col) index pairs and densified inside construct before masking the scores -> Graph mode should reject or mishandle the sparse tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkAttnConfig:
    def __init__(self, d_model=16, chunk_size=4, num_left_chunks=-1):
        self.d_model = d_model
        self.chunk_size = chunk_size
        self.num_left_chunks = num_left_chunks


def chunk_mask_indices(size, chunk_size):
    rows, cols = [], []
    for i in range(size):
        end = min((i // chunk_size + 1) * chunk_size, size)
        for j in range(end):
            rows.append(i)
            cols.append(j)
    return np.stack([rows, cols], axis=1).astype(np.int32)


class ChunkSelfAttention(nn.Cell):
    def __init__(self, config, max_len):
        super().__init__()
        self.qkv = nn.Dense(config.d_model, 3 * config.d_model)
        self.scale = config.d_model ** -0.5
        idx = chunk_mask_indices(max_len, config.chunk_size)
        self.mask_indices = Tensor(idx)
        self.mask_values = Tensor(np.ones(idx.shape[0], np.float32))
        self.mask_shape = (max_len, max_len)

    def construct(self, x):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        scores = ops.matmul(q, k.transpose(0, 2, 1)) * self.scale
        sparse_mask = ms.COOTensor(self.mask_indices, self.mask_values, self.mask_shape)
        allowed = sparse_mask.to_dense()
        scores = scores * allowed - 1e4 * (1.0 - allowed)
        return ops.matmul(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(3317)
    net = ChunkSelfAttention(ChunkAttnConfig(), 12)
    x = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    return net, (x,)
