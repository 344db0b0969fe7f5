# case: small MLP split predictor: per-km features (grade, temperature, HR) go through a stack of Dense blocks in a CellList loop and a residual pace head -> loop over sub-Cells, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseBlock(nn.Cell):
    def __init__(self, width, dropout=0.0):
        super().__init__()
        self.fc = nn.Dense(width, width)
        self.act = nn.GELU()
        self.norm = nn.LayerNorm((width,))

    def construct(self, x):
        return self.norm(x + self.act(self.fc(x)))


class SplitPredictor(nn.Cell):
    def __init__(self, n_feat=3, width=32, depth=3, base_pace=300.0):
        super().__init__()
        self.inp = nn.Dense(n_feat, width)
        self.blocks = nn.CellList([DenseBlock(width) for _ in range(depth)])
        self.head = nn.Dense(width, 1)
        self.base_pace = base_pace

    def construct(self, feats):
        h = self.inp(feats)
        for blk in self.blocks:
            h = blk(h)
        delta = self.head(h).squeeze(-1)
        splits = self.base_pace + 20.0 * ops.tanh(delta)
        return splits, splits.sum()


def make():
    np.random.seed(211)
    grade = np.random.uniform(-0.03, 0.03, 42)
    temp = np.linspace(12, 22, 42) + np.random.randn(42)
    hr = np.linspace(140, 165, 42) + np.random.randn(42) * 2
    feats = np.stack([grade * 100, (temp - 15) / 5, (hr - 150) / 10], 1).astype(np.float32)
    return SplitPredictor(), (Tensor(feats),)
