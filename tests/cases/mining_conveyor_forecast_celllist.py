# case: conveyor load forecaster stacking residual Dense blocks in an nn.CellList looped over with a python for, using len() and max() on shapes and config ints -> python builtins on constants, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualBlock(nn.Cell):
    def __init__(self, width):
        super().__init__()
        self.fc = nn.Dense(width, width)
        self.norm = nn.LayerNorm((width,))

    def construct(self, x):
        return self.norm(x + ops.gelu(self.fc(x)))


class BeltLoadForecaster(nn.Cell):
    def __init__(self, history=24, horizon=6, width=32, n_blocks=3):
        super().__init__()
        self.inp = nn.Dense(history, width)
        self.blocks = nn.CellList([ResidualBlock(width) for _ in range(n_blocks)])
        self.out = nn.Dense(width, horizon)
        self.horizon = horizon

    def construct(self, tph_history):
        if len(tph_history.shape) == 1:
            tph_history = tph_history.reshape(1, -1)
        scale = max(tph_history.shape[-1], 1)
        x = self.inp(tph_history / 1000.0) / scale
        for block in self.blocks:
            x = block(x)
        return self.out(x) * 1000.0


def make():
    np.random.seed(201)
    hist = np.random.normal(2800.0, 300.0, size=(4, 24)).astype(np.float32)
    return BeltLoadForecaster(), (Tensor(hist),)
