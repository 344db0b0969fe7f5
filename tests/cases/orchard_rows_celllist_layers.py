# case: row yield forecaster stacks residual blocks held in a CellList and loops over them with a Python for -> loop over sub-cells, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualBlock(nn.Cell):
    def __init__(self, width):
        super().__init__()
        self.fc = nn.Dense(width, width)
        self.act = nn.GELU()
        self.norm = nn.LayerNorm((width,))

    def construct(self, x):
        return self.norm(x + self.act(self.fc(x)))


class RowYieldNet(nn.Cell):
    def __init__(self, n_features=7, width=16, depth=3, use_log_target=True):
        super().__init__()
        self.stem = nn.Dense(n_features, width)
        self.blocks = nn.CellList([ResidualBlock(width) for _ in range(depth)])
        self.head = nn.Dense(width, 1)
        self.use_log_target = use_log_target

    def construct(self, row_feats):
        h = self.stem(row_feats)
        for blk in self.blocks:
            h = blk(h)
        out = self.head(h).squeeze(-1)
        if self.use_log_target:
            out = ops.exp(out)
        return out


def make():
    np.random.seed(122)
    feats = Tensor(np.random.rand(12, 7).astype(np.float32))
    return RowYieldNet(), (feats,)
