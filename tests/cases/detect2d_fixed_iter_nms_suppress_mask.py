# case: NMS as a fixed number of iterations over a precomputed IoU matrix with a suppression mask via ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MatrixSuppressionNMS(nn.Cell):
    def __init__(self, iou_thresh=0.5, max_det=10):
        super().__init__()
        self.iou_thresh = iou_thresh
        self.max_det = max_det

    def pairwise_iou(self, boxes):
        area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
        lt = ops.maximum(boxes[:, None, :2], boxes[None, :, :2])
        rb = ops.minimum(boxes[:, None, 2:], boxes[None, :, 2:])
        wh = (rb - lt).clip(0.0)
        inter = wh[..., 0] * wh[..., 1]
        return inter / (area[:, None] + area[None, :] - inter + 1e-6)

    def construct(self, boxes, scores):
        n = boxes.shape[0]
        sorted_scores, order = ops.sort(scores, descending=True)
        boxes = ops.gather(boxes, order, 0)
        ious = self.pairwise_iou(boxes)
        alive = ops.ones((n,), ms.bool_)
        keep_idx = []
        neg = ops.full((n,), -1.0, dtype=ms.float32)
        for _ in range(self.max_det):
            masked = ops.select(alive, sorted_scores, neg)
            idx = ops.argmax(masked)
            keep_idx.append(idx)
            suppress = ious[idx] > self.iou_thresh
            alive = ops.logical_and(alive, ops.logical_not(suppress))
        keep = ops.stack(keep_idx)
        return ops.gather(boxes, keep, 0), ops.gather(sorted_scores, keep, 0)


def make():
    np.random.seed(7)
    xy = np.random.rand(24, 2).astype(np.float32) * 40
    boxes = Tensor(np.concatenate([xy, xy + 10], axis=1))
    scores = Tensor(np.random.rand(24).astype(np.float32))
    return MatrixSuppressionNMS(), (boxes, scores)
