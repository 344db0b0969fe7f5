# case: somatic-cell-count risk multiplies a float mask of high-SCC cows into the features instead of selecting them -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SccRisk(nn.Cell):
    def __init__(self, threshold_k=200.0, n_feats=3):
        super().__init__()
        self.threshold = threshold_k
        self.risk = nn.Dense(n_feats, 1)

    def construct(self, scc, cow_features):
        mask = (scc > self.threshold).astype(ms.float32)
        log_scc = ops.log(scc + 1.0)
        weighted = cow_features * mask.expand_dims(-1)
        logits = self.risk(weighted).squeeze(-1) + 0.1 * log_scc
        herd_rate = mask.sum() / scc.shape[0]
        return ops.sigmoid(logits) * mask, herd_rate


def make():
    np.random.seed(5)
    scc = np.random.lognormal(4.8, 0.6, (12,)).astype(np.float32)
    feats = np.random.randn(12, 3).astype(np.float32)
    return SccRisk(), (Tensor(scc), Tensor(feats))
