# case: curriculum keeps doubling the context window with concat while the difficulty tensor is below target -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GrowingContext(nn.Cell):
    def __init__(self, dim=4, max_rounds=4):
        super().__init__()
        self.score = nn.Dense(dim, 1)
        self.max_rounds = max_rounds

    def difficulty(self, ctx):
        return ops.sigmoid(self.score(ctx)).mean()

    def construct(self, seed_ctx, target):
        ctx = seed_ctx
        d = self.difficulty(ctx)
        while d < target:
            ctx = ops.concat((ctx, ctx * 0.5), axis=0)
            d = d + 0.1
        return ctx.sum(axis=0)


def make():
    np.random.seed(0)
    ctx = Tensor(np.random.randn(2, 4).astype(np.float32))
    return GrowingContext(), (ctx, Tensor(0.8, ms.float32))
