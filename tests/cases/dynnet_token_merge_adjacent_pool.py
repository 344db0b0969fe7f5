# case: token merging halves the token count by averaging adjacent token pairs via reshape computed from x.shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairMerge(nn.Cell):
    def __init__(self, dim=8, merge_factor=2):
        super().__init__()
        self.factor = merge_factor
        self.norm = nn.LayerNorm((dim,))

    def construct(self, tokens):
        b, n, c = tokens.shape
        n_even = (n // self.factor) * self.factor
        x = tokens[:, :n_even]
        x = x.reshape(b, n_even // self.factor, self.factor, c).mean(axis=2)
        return self.norm(x)


class MergingEncoder(nn.Cell):
    def __init__(self, dim=8, stages=2):
        super().__init__()
        self.mixers = nn.CellList([nn.Dense(dim, dim) for _ in range(stages)])
        self.merges = nn.CellList([PairMerge(dim) for _ in range(stages)])

    def construct(self, tokens):
        for mixer, merge in zip(self.mixers, self.merges):
            tokens = tokens + ops.gelu(mixer(tokens))
            tokens = merge(tokens)
        return tokens


def make():
    np.random.seed(17)
    tokens = Tensor(np.random.randn(2, 13, 8).astype(np.float32))
    return MergingEncoder(), (tokens,)
