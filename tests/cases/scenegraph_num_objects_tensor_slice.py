# case: padded per-image detections sliced to the real object count given as a tensor, boxes[:num_objs] -> dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ObjectContext(nn.Cell):
    def __init__(self, feat_dim=12, num_classes=10):
        super().__init__()
        self.cls_head = nn.Dense(feat_dim, num_classes)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, roi_feats, boxes, num_objs):
        feats = roi_feats[:num_objs]
        valid_boxes = boxes[:num_objs]
        probs = self.softmax(self.cls_head(feats))
        scores, labels = ops.max(probs[:, 1:], axis=1)
        return valid_boxes, scores, labels + 1


def make():
    np.random.seed(2)
    feats = Tensor(np.random.randn(10, 12).astype(np.float32))
    boxes = Tensor(np.random.rand(10, 4).astype(np.float32) * 100)
    num_objs = Tensor(6, ms.int32)
    return ObjectContext(), (feats, boxes, num_objs)
