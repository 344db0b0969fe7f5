# case: picks the single highest-scoring segment per video with argmax and gather_elements -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BestSegmentPicker(nn.Cell):
    def __init__(self, channels=10):
        super().__init__()
        self.scorer = nn.Dense(channels, 1)

    def construct(self, seg_feats, seg_bounds):
        # seg_feats: (B, S, C), seg_bounds: (B, S, 2)
        scores = self.scorer(seg_feats).squeeze(-1)
        best = ops.argmax(scores, dim=1, keepdim=True)  # (B, 1)
        idx = ops.broadcast_to(best.expand_dims(-1), (best.shape[0], 1, 2))
        bounds = ops.gather_elements(seg_bounds, 1, idx).squeeze(1)
        return bounds, scores.max(axis=1)


def make():
    np.random.seed(46)
    feats = Tensor(np.random.randn(2, 7, 10).astype(np.float32))
    s = np.random.rand(2, 7).astype(np.float32) * 20
    bounds = Tensor(np.stack([s, s + 3], axis=-1))
    return BestSegmentPicker(), (feats, bounds)
