# case: yield predictor that prints an f-string shift log with the predicted loaf count inside construct -> f-string formatting of a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YieldPredictor(nn.Cell):
    def __init__(self, n_feat=6, line_name="line-2"):
        super().__init__()
        self.line_name = line_name
        self.mlp = nn.SequentialCell([nn.Dense(n_feat, 16), nn.ReLU(), nn.Dense(16, 1)])

    def construct(self, batch_feats):
        yield_pct = ops.sigmoid(self.mlp(batch_feats)).squeeze(-1) * 100.0
        mean_yield = yield_pct.mean()
        print(f"[{self.line_name}] predicted yield {mean_yield}%")
        return yield_pct


def make():
    np.random.seed(35)
    feats = np.random.randn(12, 6).astype(np.float32)
    return YieldPredictor(), (Tensor(feats),)
