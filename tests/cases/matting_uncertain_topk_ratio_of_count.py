# case: picks the k most uncertain alpha points where k = int(ratio * number of uncertain pixels) -> topk with tensor-derived k, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UncertainPointRefiner(nn.Cell):
    def __init__(self, channels=8, ratio=0.25, band=0.3):
        super().__init__()
        self.ratio = ratio
        self.band = band
        self.point_head = nn.Dense(channels + 1, 1)

    def uncertainty(self, prob):
        return -ops.abs(prob - 0.5)

    def construct(self, alpha_logits, features):
        prob = ops.sigmoid(alpha_logits)
        b, c, h, w = features.shape
        n_uncertain = (ops.abs(prob - 0.5) < self.band).sum()
        k = int(n_uncertain * self.ratio) // b
        k = max(k, 1)
        scores = self.uncertainty(prob).reshape(b, h * w)
        _, idx = ops.topk(scores, k)
        feat_flat = features.reshape(b, c, h * w)
        idx_c = ops.broadcast_to(idx.reshape(b, 1, k), (b, c, k))
        pts = ops.gather_elements(feat_flat, 2, idx_c)
        coarse = ops.gather_elements(alpha_logits.reshape(b, 1, h * w), 2, idx.reshape(b, 1, k))
        x = ops.concat((pts, coarse), 1).transpose(0, 2, 1)
        return self.point_head(x).squeeze(-1)


def make():
    np.random.seed(1)
    logits = Tensor(np.random.randn(2, 1, 12, 12).astype(np.float32))
    feats = Tensor(np.random.randn(2, 8, 12, 12).astype(np.float32))
    return UncertainPointRefiner(), (logits, feats)
