# case: yield predictor printing a constant label and the predicted mean yield tensor as separate print arguments -> print of tensors supported in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YieldPredictorLog(nn.Cell):
    def __init__(self, n_feat=6, verbose=True):
        super().__init__()
        self.verbose = verbose
        self.mlp = nn.SequentialCell([nn.Dense(n_feat, 16), nn.ReLU(), nn.Dense(16, 1)])

    def construct(self, batch_feats):
        yield_pct = ops.sigmoid(self.mlp(batch_feats)).squeeze(-1) * 100.0
        if self.verbose:
            print("predicted mean yield (%):", yield_pct.mean())
        return yield_pct


def make():
    np.random.seed(36)
    feats = np.random.randn(12, 6).astype(np.float32)
    return YieldPredictorLog(), (Tensor(feats),)
