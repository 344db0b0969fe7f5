# case: relation NMS done with a fixed-size suppression matrix over score-sorted triplets and a constant-length loop, no dynamic selection -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MatrixRelationNMS(nn.Cell):
    def __init__(self, iou_thresh=0.5, max_rels=8):
        super().__init__()
        self.iou_thresh = iou_thresh
        self.max_rels = max_rels

    def iou_matrix(self, b):
        lt = ops.maximum(b[:, None, :2], b[None, :, :2])
        rb = ops.minimum(b[:, None, 2:], b[None, :, 2:])
        wh = ops.clamp(rb - lt, min=0.0)
        inter = wh[..., 0] * wh[..., 1]
        area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
        return inter / (area[:, None] + area[None, :] - inter + 1e-6)

    def construct(self, subj_boxes, obj_boxes, pred_labels, scores):
        order = ops.argsort(scores, descending=True)
        sb, ob = subj_boxes[order], obj_boxes[order]
        lab, sc = pred_labels[order], scores[order]
        same_pred = (lab[:, None] == lab[None, :]).astype(ms.float32)
        overlap = ((self.iou_matrix(sb) > self.iou_thresh).astype(ms.float32)
                   * (self.iou_matrix(ob) > self.iou_thresh).astype(ms.float32) * same_pred)
        overlap = ops.triu(overlap, diagonal=1)
        keep = ops.ones_like(sc)
        for i in range(self.max_rels):
            keep = keep * (1.0 - overlap[i] * keep[i])
        return sc * keep


def make():
    np.random.seed(38)
    xy = np.random.rand(8, 2).astype(np.float32) * 10
    sb = Tensor(np.concatenate([xy, xy + 30], axis=1))
    ob = Tensor(np.concatenate([xy + 2, xy + 28], axis=1))
    labels = Tensor(np.random.randint(1, 3, size=8).astype(np.int32))
    scores = Tensor(np.random.rand(8).astype(np.float32))
    return MatrixRelationNMS(), (sb, ob, labels, scores)
