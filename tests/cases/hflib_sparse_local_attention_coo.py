# case: sparse local-window attention that builds the attention pattern as an ms.COOTensor from (row, col) index pairs inside construct and multiplies it with the value matrix -> sparse tensor created in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def local_window_indices(seq_len, window):
    rows, cols = [], []
    for i in range(seq_len):
        for j in range(max(0, i - window), min(seq_len, i + window + 1)):
            rows.append(i)
            cols.append(j)
    return np.stack([np.array(rows), np.array(cols)], axis=1).astype(np.int32)


class SparseAttnConfig:
    hidden_size = 8
    seq_len = 6
    attention_window = 1


class LocalSparseAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.seq_len = config.seq_len
        self.indices = Tensor(local_window_indices(config.seq_len, config.attention_window))
        self.q = nn.Dense(config.hidden_size, config.hidden_size)
        self.k = nn.Dense(config.hidden_size, config.hidden_size)
        self.v = nn.Dense(config.hidden_size, config.hidden_size)

    def construct(self, hidden_states):
        q, k, v = self.q(hidden_states), self.k(hidden_states), self.v(hidden_states)
        rows, cols = self.indices[:, 0], self.indices[:, 1]
        scores = (q[rows] * k[cols]).sum(axis=-1)
        weights = ops.exp(scores - scores.max())
        attn = ms.COOTensor(self.indices, weights, (self.seq_len, self.seq_len))
        denom = attn.to_dense().sum(axis=-1, keepdims=True)
        return ops.matmul(attn.to_dense(), v) / denom


def make():
    np.random.seed(48)
    cell = LocalSparseAttention(SparseAttnConfig())
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    return cell, (x,)
