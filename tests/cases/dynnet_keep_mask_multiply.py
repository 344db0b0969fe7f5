# case: token pruning keeps every token but multiplies a fixed-size hard keep mask into the features and renormalises -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedTokenMixer(nn.Cell):
    def __init__(self, dim=8, threshold=0.0):
        super().__init__()
        self.score = nn.Dense(dim, 1)
        self.mlp = nn.SequentialCell([nn.Dense(dim, dim * 2), nn.GELU(), nn.Dense(dim * 2, dim)])
        self.threshold = threshold

    def keep_mask(self, tokens):
        s = self.score(tokens)
        return (s > self.threshold).astype(tokens.dtype)

    def construct(self, tokens):
        mask = self.keep_mask(tokens)
        kept = tokens * mask
        out = self.mlp(kept) * mask + tokens
        denom = ops.clamp(mask.sum(axis=1), min=1.0)
        pooled = out.sum(axis=1) / denom
        return pooled, mask.squeeze(-1)


def make():
    np.random.seed(5)
    tokens = Tensor(np.random.randn(3, 10, 8).astype(np.float32))
    return MaskedTokenMixer(), (tokens,)
