# case: rotated-box detector keeps as many top boxes as have score above threshold (topk k from tensor count) -> compile error / dynamic at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RotatedBoxHead(nn.Cell):
    """Predicts (cx, cy, w, h, theta) + objectness per anchor for aerial ships/vehicles."""

    def __init__(self, in_ch=16, score_thr=0.5, max_det=100):
        super().__init__()
        self.reg = nn.Dense(in_ch, 5)
        self.cls = nn.Dense(in_ch, 1)
        self.score_thr = score_thr
        self.max_det = max_det

    def decode(self, raw):
        cxcy = raw[:, :2]
        wh = ops.exp(ops.clamp(raw[:, 2:4], -4.0, 4.0))
        theta = ops.tanh(raw[:, 4:5]) * (np.pi / 2)
        return ops.concat((cxcy, wh, theta), axis=1)

    def construct(self, anchor_feats):
        boxes = self.decode(self.reg(anchor_feats))
        scores = ops.sigmoid(self.cls(anchor_feats)).squeeze(-1)
        num_keep = int((scores > self.score_thr).sum())
        num_keep = min(max(num_keep, 1), self.max_det)
        top_scores, order = ops.topk(scores, num_keep)
        return boxes[order], top_scores


def make():
    np.random.seed(5)
    ms.set_seed(5)
    feats = Tensor(np.random.randn(64, 16).astype(np.float32))
    return RotatedBoxHead(), (feats,)
