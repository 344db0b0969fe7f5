# case: headway forecaster stacks residual Dense blocks held in a CellList and loops over them, with a dropout flag -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualBlock(nn.Cell):
    def __init__(self, width):
        super().__init__()
        self.fc = nn.Dense(width, width)
        self.norm = nn.LayerNorm((width,))
        self.act = nn.GELU()

    def construct(self, x):
        return x + self.act(self.norm(self.fc(x)))


class HeadwayForecaster(nn.Cell):
    def __init__(self, n_lags=10, width=32, n_blocks=3, use_dropout=False):
        super().__init__()
        self.embed = nn.Dense(n_lags, width)
        self.blocks = nn.CellList([ResidualBlock(width) for _ in range(n_blocks)])
        self.use_dropout = use_dropout
        self.drop = nn.Dropout(p=0.1)
        self.out = nn.Dense(width, 1)

    def construct(self, lagged_headways):
        x = self.embed(lagged_headways / 300.0)
        for block in self.blocks:
            x = block(x)
            if self.use_dropout:
                x = self.drop(x)
        return self.out(x).squeeze(-1) * 300.0


def make():
    np.random.seed(3097)
    lags = np.random.normal(300, 50, size=(16, 10)).astype(np.float32)
    return HeadwayForecaster(), (Tensor(lags),)
