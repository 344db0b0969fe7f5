# case: uses ops.NMSWithMask then keeps surviving boxes with ops.masked_select on the returned mask; selection size data-dependent -> dynamic at LAX and STRICT
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
        kept_idx = ops.masked_select(out_idx, keep_mask)
        kept = ops.gather(boxes, kept_idx, 0)
        return kept


def make():
    xy = np.random.rand(10, 2).astype(np.float32)
    boxes = Tensor(np.concatenate([xy, xy + 0.3], axis=1))
    scores = Tensor(np.random.rand(10).astype(np.float32))
    return NMSHead(), (boxes, scores)
