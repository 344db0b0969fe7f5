# case: loop over detections, append the projected crop feature of each box whose score passes the threshold to a list and average the stacked list -> error or dynamic: list length depends on tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CropFeatureCollector(nn.Cell):
    def __init__(self, num_boxes=6, feat_dim=8, thr=0.5):
        super().__init__()
        self.num_boxes = num_boxes
        self.thr = thr
        self.proj = nn.Dense(feat_dim, feat_dim)

    def construct(self, scores, crop_feats):
        projected = self.proj(crop_feats)
        kept = []
        for i in range(self.num_boxes):
            if scores[i] > self.thr:
                kept.append(projected[i])
        stacked = ops.stack(kept, axis=0)
        return stacked.mean(axis=0), len(kept)


def make():
    np.random.seed(9)
    scores = Tensor(np.random.rand(6).astype(np.float32))
    crop_feats = Tensor(np.random.randn(6, 8).astype(np.float32))
    return CropFeatureCollector(), (scores, crop_feats)
