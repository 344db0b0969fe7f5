# case: build overlapping document windows with a constant for-loop over starts computed from emb.shape and stack them -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverlapWindowEncoder(nn.Cell):
    def __init__(self, hidden=8, window=6, stride=3):
        super().__init__()
        self.window = window
        self.stride = stride
        self.attn = nn.Dense(hidden, 1)

    def pool_window(self, chunk):
        weights = ops.softmax(self.attn(chunk).squeeze(-1), axis=-1)
        return (chunk * weights.expand_dims(-1)).sum(axis=0)

    def construct(self, emb):
        seq_len = emb.shape[0]
        pooled = []
        for start in range(0, seq_len - self.window + 1, self.stride):
            pooled.append(self.pool_window(emb[start:start + self.window]))
        return ops.stack(pooled, axis=0)


def make():
    np.random.seed(31)
    emb = Tensor(np.random.randn(18, 8).astype(np.float32))
    return OverlapWindowEncoder(), (emb,)
