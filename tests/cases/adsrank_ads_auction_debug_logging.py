# case: ads auction ranker logs the batch eCPM stats with an f-string over float(tensor) and caches the last eCPM on self for debugging (debug on by default) -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EcpmRanker(nn.Cell):
    def __init__(self, feat_dim=5, debug=True, reserve_price=0.01):
        super().__init__()
        self.debug = debug
        self.reserve_price = reserve_price
        self.ctr_model = nn.Dense(feat_dim, 1)
        self.last_ecpm = None

    def _log_stats(self, ecpm):
        mean_v = float(ecpm.mean())
        max_v = float(ecpm.max())
        print(f"[auction] ecpm mean={mean_v:.4f} max={max_v:.4f}")

    def construct(self, ad_feats, bids):
        ctr = ops.sigmoid(self.ctr_model(ad_feats)).squeeze(-1)
        ecpm = ctr * bids * 1000.0
        ecpm = ops.where(ecpm > self.reserve_price, ecpm, ops.zeros_like(ecpm))
        if self.debug:
            self._log_stats(ecpm)
            self.last_ecpm = ecpm
        order = ops.argsort(ecpm, descending=True)
        return ecpm, order


def make():
    np.random.seed(22)
    feats = Tensor(np.random.randn(6, 5).astype(np.float32))
    bids = Tensor(np.random.rand(6).astype(np.float32))
    return EcpmRanker(), (feats, bids)
