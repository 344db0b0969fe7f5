# case: dye-recipe correction network that applies a fixed nn.CellList of residual refinement blocks to predicted Lab offsets -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineBlock(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.act = nn.Tanh()

    def construct(self, x):
        return x + 0.1 * self.act(self.fc(x))


class RecipeCorrector(nn.Cell):
    def __init__(self, n_dyes=4, n_blocks=3):
        super().__init__()
        self.embed = nn.Dense(3 + n_dyes, 16)
        self.blocks = nn.CellList([RefineBlock(16) for _ in range(n_blocks)])
        self.out = nn.Dense(16, n_dyes)

    def construct(self, lab_error, recipe):
        h = self.embed(ops.concat((lab_error, recipe), axis=1))
        for blk in self.blocks:
            h = blk(h)
        return recipe + self.out(h)


def make():
    np.random.seed(39)
    lab_error = Tensor(np.random.randn(5, 3).astype(np.float32))
    recipe = Tensor(np.random.rand(5, 4).astype(np.float32))
    return RecipeCorrector(), (lab_error, recipe)
