# case: token dropout shuffles tokens and keeps the first n_keep where n_keep is computed from the true sequence lengths tensor -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenDropout(nn.Cell):
    def __init__(self, keep_ratio=0.75, hidden=8):
        super().__init__()
        self.keep_ratio = keep_ratio
        self.norm = nn.LayerNorm((hidden,))

    def keep_count(self, lengths):
        shortest = lengths.min().astype(ms.float32)
        return ops.floor(shortest * self.keep_ratio).astype(ms.int32)

    def construct(self, tokens, lengths):
        b, l, d = tokens.shape
        noise = ops.rand((b, l))
        order = ops.argsort(noise, axis=1)
        n_keep = self.keep_count(lengths)
        keep_idx = order[:, :n_keep]
        kept = ops.gather_elements(tokens, 1, ops.broadcast_to(keep_idx.expand_dims(-1), (b, keep_idx.shape[1], d)))
        return self.norm(kept)


def make():
    np.random.seed(33)
    tokens = Tensor(np.random.rand(2, 10, 8).astype(np.float32))
    lengths = Tensor(np.array([10, 8], np.int32))
    return TokenDropout(), (tokens, lengths)
