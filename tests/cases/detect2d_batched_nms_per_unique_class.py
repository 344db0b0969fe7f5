# case: batched NMS that loops over the unique class labels present and NMSes each class with nms_with_mask -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerClassNMS(nn.Cell):
    def __init__(self, iou_thresh=0.5, max_per_class=4):
        super().__init__()
        self.iou_thresh = iou_thresh
        self.max_per_class = max_per_class
        self.nms = ops.NMSWithMask(iou_thresh)

    def nms_single_class(self, boxes, scores):
        dets = ops.concat([boxes, scores.view(-1, 1)], axis=1)
        _, idx, keep = self.nms(dets)
        keep_scores = ops.where(keep, scores[idx], ops.zeros_like(scores))
        top_scores, top = ops.topk(keep_scores, self.max_per_class)
        return boxes[idx][top], top_scores

    def construct(self, boxes, scores, labels):
        classes, _ = ops.unique(labels)
        out_boxes = []
        out_scores = []
        for i in range(classes.shape[0]):
            c = classes[i]
            m = labels == c
            b, s = self.nms_single_class(boxes, ops.where(m, scores, ops.zeros_like(scores)))
            out_boxes.append(b)
            out_scores.append(s)
        return ops.concat(out_boxes), ops.concat(out_scores)


def make():
    np.random.seed(17)
    xy = np.random.rand(16, 2).astype(np.float32) * 30
    boxes = Tensor(np.concatenate([xy, xy + 10], axis=1))
    scores = Tensor(np.random.rand(16).astype(np.float32))
    labels = Tensor(np.random.randint(0, 3, size=16).astype(np.int32))
    return PerClassNMS(), (boxes, scores, labels)
