# case: tokens sorted by importance with ops.sort and the top ones kept with a slice whose end is a constructor int -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImportanceSorter(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.importance = nn.Dense(dim, 1)

    def construct(self, tokens):
        scores = self.importance(tokens).squeeze(-1)
        _, order = ops.sort(scores, axis=-1, descending=True)
        return order


class FixedBudgetStage(nn.Cell):
    def __init__(self, dim=8, keep_tokens=4):
        super().__init__()
        self.sorter = ImportanceSorter(dim)
        self.keep_tokens = keep_tokens
        self.mlp = nn.Dense(dim, dim)

    def construct(self, tokens):
        order = self.sorter(tokens)
        top = order[:, :self.keep_tokens]
        idx = top.expand_dims(-1).broadcast_to((tokens.shape[0], self.keep_tokens, tokens.shape[2]))
        kept = ops.gather_elements(tokens, 1, idx)
        return self.mlp(kept)


def make():
    np.random.seed(20)
    tokens = Tensor(np.random.randn(3, 9, 8).astype(np.float32))
    return FixedBudgetStage(), (tokens,)
