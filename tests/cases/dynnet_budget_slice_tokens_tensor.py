# case: per-sample token budget predicted as a tensor and used directly as the slice end after sorting tokens by importance -> dynamic shape or error (slice bound from tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenBudgetHead(nn.Cell):
    def __init__(self, dim, min_tokens=2):
        super().__init__()
        self.fc = nn.Dense(dim, 1)
        self.min_tokens = min_tokens

    def construct(self, cls_token, n_tokens):
        frac = ops.sigmoid(self.fc(cls_token)).squeeze()
        return ops.maximum((frac * n_tokens).astype(ms.int32), self.min_tokens)


class BudgetedViTStage(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.importance = nn.Dense(dim, 1)
        self.budget = TokenBudgetHead(dim)
        self.mlp = nn.Dense(dim, dim)

    def construct(self, tokens):
        n = tokens.shape[0]
        scores = self.importance(tokens).squeeze(-1)
        order = ops.argsort(scores, descending=True)
        ranked = ops.gather(tokens, order, 0)
        n_keep = self.budget(tokens.mean(axis=0, keep_dims=True), n)
        kept = ranked[:n_keep]
        return self.mlp(kept).mean(axis=0)


def make():
    np.random.seed(19)
    tokens = Tensor(np.random.randn(10, 8).astype(np.float32))
    return BudgetedViTStage(), (tokens,)
