# case: pick the top-k highlight windows where k is derived from how many windows exceed an excitement threshold (int of a tensor) -> error or dynamic topk
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HighlightPicker(nn.Cell):
    def __init__(self, feat_dim=12, excite_thr=0.6):
        super().__init__()
        self.head = nn.Dense(feat_dim, 1)
        self.excite_thr = excite_thr

    def construct(self, window_feats):
        excitement = ops.sigmoid(self.head(window_feats)).squeeze(-1)
        n_hot = (excitement > self.excite_thr).sum()
        k = int(n_hot) + 1
        values, indices = ops.topk(excitement, k)
        return values, indices


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(20, 12).astype(np.float32))
    return HighlightPicker(), (feats,)
