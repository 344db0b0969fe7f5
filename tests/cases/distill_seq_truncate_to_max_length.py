# case: sequence KD trims padded hidden states to the longest real length in the batch via slice with a tensor bound -> slice size from tensor value (dynamic or error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqHiddenKD(nn.Cell):
    def __init__(self, d_s=16, d_t=32):
        super().__init__()
        self.proj = nn.Dense(d_s, d_t)

    def construct(self, h_s, h_t, lengths):
        max_len = lengths.max()
        h_s = h_s[:, :max_len]
        h_t = h_t[:, :max_len]
        return ops.mse_loss(self.proj(h_s), h_t)


def make():
    np.random.seed(15)
    h_s = Tensor(np.random.randn(3, 10, 16).astype(np.float32))
    h_t = Tensor(np.random.randn(3, 10, 32).astype(np.float32))
    lengths = Tensor(np.array([7, 5, 6], dtype=np.int32))
    return SeqHiddenKD(), (h_s, h_t, lengths)
