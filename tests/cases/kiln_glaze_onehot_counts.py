# case: glaze batch auditor counts recipe usage via one-hot sums over a fixed number of recipes instead of unique -> fixed shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlazeBatchAudit(nn.Cell):
    def __init__(self, n_recipes=10, embed_dim=4):
        super().__init__()
        self.n_recipes = n_recipes
        self.table = ms.Parameter(Tensor(np.random.randn(n_recipes, embed_dim).astype(np.float32)), name="table")
        self.score = nn.Dense(embed_dim, 1)
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, recipe_ids):
        onehot = ops.one_hot(recipe_ids, self.n_recipes, self.on, self.off)
        usage = onehot.sum(axis=0)
        present = (usage > 0).astype(ms.float32)
        risk = self.score(self.table).squeeze(-1)
        masked = risk * present - (1.0 - present) * 1e4
        return masked.max(), present.sum()


def make():
    np.random.seed(22)
    ids = np.random.randint(0, 10, size=(30,)).astype(np.int32)
    return GlazeBatchAudit(), (Tensor(ids),)
