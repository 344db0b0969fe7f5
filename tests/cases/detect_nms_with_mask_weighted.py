# case: uses ops.NMSWithMask and multiplies scores by the keep mask (no filtering); every output keeps N rows -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NMSHead(nn.Cell):
    def __init__(self, iou=0.5):
        super().__init__()
        self.nms = ops.NMSWithMask(iou)

    def construct(self, boxes, scores):
        packed = ops.concat((boxes, scores.expand_dims(-1)), axis=1)
        out_boxes, out_idx, keep_mask = self.nms(packed)
        kept_scores = out_boxes[:, 4] * keep_mask.astype(ms.float32)
        order = ops.gather(boxes, out_idx, 0)
        return order, kept_scores


def make():
    xy = np.random.rand(10, 2).astype(np.float32)
    boxes = Tensor(np.concatenate([xy, xy + 0.3], axis=1))
    scores = Tensor(np.random.rand(10).astype(np.float32))
    return NMSHead(), (boxes, scores)
