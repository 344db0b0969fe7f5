# case: RPN proposal filter drops tiny boxes with boolean-mask indexing boxes[keep] -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def remove_small_boxes(boxes, min_size):
    ws = boxes[:, 2] - boxes[:, 0]
    hs = boxes[:, 3] - boxes[:, 1]
    keep = (ws >= min_size) & (hs >= min_size)
    return keep


class ProposalFilter(nn.Cell):
    def __init__(self, in_channels=8, min_size=1.0, pre_nms_top_n=6):
        super().__init__()
        self.objectness = nn.Dense(in_channels, 1)
        self.min_size = min_size
        self.pre_nms_top_n = pre_nms_top_n

    def construct(self, feats, boxes):
        scores = self.objectness(feats).squeeze(-1)
        top_scores, order = scores.topk(self.pre_nms_top_n)
        boxes = boxes[order]
        keep = remove_small_boxes(boxes, self.min_size)
        boxes = boxes[keep]
        top_scores = top_scores[keep]
        return boxes, ops.sigmoid(top_scores)


def make():
    np.random.seed(4)
    feats = np.random.randn(10, 8).astype(np.float32)
    xy = np.random.rand(10, 2).astype(np.float32) * 10
    wh = np.random.rand(10, 2).astype(np.float32) * 3
    boxes = np.concatenate([xy, xy + wh], axis=1)
    return ProposalFilter(), (Tensor(feats), Tensor(boxes))
