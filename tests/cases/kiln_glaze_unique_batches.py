# case: glaze batch auditor counts how many distinct glaze recipe ids appear on a kiln load using ops.unique -> output length depends on values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlazeBatchAudit(nn.Cell):
    def __init__(self, n_recipes=10, embed_dim=4):
        super().__init__()
        self.embed = nn.Embedding(n_recipes, embed_dim)
        self.score = nn.Dense(embed_dim, 1)

    def construct(self, recipe_ids):
        distinct, _ = ops.unique(recipe_ids)
        emb = self.embed(distinct)
        risk = self.score(emb).squeeze(-1)
        return risk.max(), distinct.shape[0]


def make():
    np.random.seed(21)
    ids = np.random.randint(0, 10, size=(30,)).astype(np.int32)
    return GlazeBatchAudit(), (Tensor(ids),)
