# case: mask-based NMS over a fixed max_det loop (suppress by IoU, no shrinking); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def iou_matrix(b):
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    lt = ops.maximum(b[:, None, :2], b[None, :, :2])
    rb = ops.minimum(b[:, None, 2:], b[None, :, 2:])
    wh = ops.clamp(rb - lt, min=0.0)
    inter = wh[..., 0] * wh[..., 1]
    return inter / (area[:, None] + area[None, :] - inter)


class MaskNMS(nn.Cell):
    def __init__(self, iou_thresh=0.5, max_det=5):
        super().__init__()
        self.iou_thresh = iou_thresh
        self.max_det = max_det

    def construct(self, boxes, scores):
        ious = iou_matrix(boxes)
        alive = ops.ones_like(scores)
        keep_idx = []
        for _ in range(self.max_det):
            idx = ops.argmax(scores * alive)
            keep_idx.append(idx)
            suppress = (ious[idx] > self.iou_thresh).astype(ms.float32)
            alive = alive * (1.0 - suppress)
        keep = ops.stack(keep_idx)
        return ops.gather(boxes, keep, 0), ops.gather(scores, keep, 0)


def make():
    xy = np.random.rand(30, 2).astype(np.float32) * 50
    boxes = np.concatenate([xy, xy + 10], 1)
    return MaskNMS(), (Tensor(boxes), Tensor(np.random.rand(30).astype(np.float32)))
