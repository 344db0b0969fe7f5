# case: RetinaNet single-level post-processing gathers candidate scores above score_thr with ops.masked_select before picking the best ones -> dynamic-shape output
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCORE_THR = 0.2


class RetinaPostCfg:
    def __init__(self, score_thr=SCORE_THR, nms_pre=50):
        self.score_thr = score_thr
        self.nms_pre = nms_pre


class RetinaSingleLevelPost(nn.Cell):
    def __init__(self, num_classes, cfg=None):
        super().__init__()
        cfg = cfg or RetinaPostCfg()
        self.num_classes = num_classes
        self.score_thr = cfg.score_thr
        self.nms_pre = cfg.nms_pre

    def _candidates(self, cls_scores):
        flat = cls_scores.reshape(-1)
        valid = flat > self.score_thr
        return ops.masked_select(flat, valid)

    def construct(self, cls_logits):
        n, c, h, w = cls_logits.shape
        scores = ops.sigmoid(cls_logits).transpose(0, 2, 3, 1).reshape(n, -1, self.num_classes)
        cand = self._candidates(scores[0])
        return cand.sum(), cand


def make():
    np.random.seed(3347)
    logits = Tensor(np.random.randn(1, 3, 8, 8).astype(np.float32))
    return RetinaSingleLevelPost(3), (logits,)
