# case: bbox head post-processing filters detections by score_thr with a boolean mask when test_cfg.filter_low_scores is on -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TestCfg:
    score_thr = 0.3
    max_per_img = 20
    filter_low_scores = True


class BBoxHeadPost(nn.Cell):
    def __init__(self, in_channels, num_classes, test_cfg=None):
        super().__init__()
        self.test_cfg = test_cfg if test_cfg is not None else TestCfg()
        self.fc_cls = nn.Dense(in_channels, num_classes + 1)
        self.fc_reg = nn.Dense(in_channels, 4)
        self.score_thr = self.test_cfg.score_thr
        self.filter_low_scores = getattr(self.test_cfg, "filter_low_scores", False)

    def _filter(self, boxes, scores):
        if self.filter_low_scores:
            keep = scores > self.score_thr
            boxes = boxes[keep]
            scores = scores[keep]
        return boxes, scores

    def construct(self, roi_feats, rois):
        cls_score = ops.softmax(self.fc_cls(roi_feats), -1)
        deltas = self.fc_reg(roi_feats)
        boxes = rois + deltas
        scores = cls_score[:, :-1].max(axis=1)
        return self._filter(boxes, scores)


def make():
    np.random.seed(3343)
    feats = Tensor(np.random.randn(32, 64).astype(np.float32))
    rois = Tensor((np.random.rand(32, 4) * 100).astype(np.float32))
    return BBoxHeadPost(64, 5), (feats, rois)
