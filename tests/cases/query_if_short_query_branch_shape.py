# case: for short queries keep only the first 3 token vectors, otherwise keep all, decided by a tensor count of real tokens -> if on tensor value with branches of different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveQueryPooler(nn.Cell):
    def __init__(self, dim=8, short_len=4):
        super().__init__()
        self.short_len = short_len
        self.ffn = nn.Dense(dim, dim)

    def construct(self, token_vecs, mask):
        n_real = mask.sum()
        if n_real < self.short_len:
            kept = token_vecs[:3]
        else:
            kept = token_vecs
        h = self.ffn(kept)
        return h


def make():
    np.random.seed(13)
    vecs = np.random.randn(8, 8).astype(np.float32)
    mask = np.array([1, 1, 1, 0, 0, 0, 0, 0], dtype=np.float32)
    return AdaptiveQueryPooler(), (Tensor(vecs), Tensor(mask))
