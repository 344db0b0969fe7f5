# case: layer-drop style model runs only self.blocks[:self.active_depth] by slicing CellLists with a config int and zip -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def mlp_block(dim, expansion):
    return nn.SequentialCell(nn.Dense(dim, dim * expansion), nn.GELU(), nn.Dense(dim * expansion, dim))


class SlimmableMLP(nn.Cell):
    def __init__(self, dim=8, depth=5, expansion=2, active_depth=3):
        super().__init__()
        self.blocks = nn.CellList([mlp_block(dim, expansion) for _ in range(depth)])
        self.norms = nn.CellList([nn.LayerNorm((dim,)) for _ in range(depth)])
        self.active_depth = active_depth
        self.head = nn.Dense(dim, 2)

    def construct(self, x):
        for block, norm in zip(self.blocks[:self.active_depth], self.norms[:self.active_depth]):
            x = x + block(norm(x))
        last = self.blocks[-1]
        x = x + 0.0 * last(x)
        return self.head(x)


def make():
    np.random.seed(26)
    x = np.random.randn(3, 8).astype(np.float32)
    return SlimmableMLP(), (Tensor(x),)
