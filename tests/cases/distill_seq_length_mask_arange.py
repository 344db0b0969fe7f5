# case: sequence KD builds a padding mask by comparing arange(seq_len from shape) with lengths and averages masked MSE -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqHiddenKD(nn.Cell):
    def __init__(self, d_s=16, d_t=32):
        super().__init__()
        self.proj = nn.Dense(d_s, d_t)

    def length_mask(self, lengths, seq_len):
        pos = ops.arange(seq_len).astype(lengths.dtype)
        return (pos.reshape(1, -1) < lengths.reshape(-1, 1)).astype(ms.float32)

    def construct(self, h_s, h_t, lengths):
        mask = self.length_mask(lengths, h_s.shape[1])
        err = ((self.proj(h_s) - h_t) ** 2).mean(axis=-1)
        return (err * mask).sum() / mask.sum()


def make():
    np.random.seed(16)
    h_s = Tensor(np.random.randn(3, 10, 16).astype(np.float32))
    h_t = Tensor(np.random.randn(3, 10, 32).astype(np.float32))
    lengths = Tensor(np.array([7, 5, 6], dtype=np.int32))
    return SeqHiddenKD(), (h_s, h_t, lengths)
