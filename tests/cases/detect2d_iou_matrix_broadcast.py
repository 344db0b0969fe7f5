# case: pairwise IoU / GIoU matrix between predictions and ground truth via broadcasting -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def box_area(boxes):
    return (boxes[:, 2] - boxes[:, 0]).clip(0.0) * (boxes[:, 3] - boxes[:, 1]).clip(0.0)


class PairwiseIoU(nn.Cell):
    def __init__(self, mode="giou", eps=1e-6):
        super().__init__()
        self.mode = mode
        self.eps = eps

    def construct(self, boxes1, boxes2):
        area1 = box_area(boxes1)
        area2 = box_area(boxes2)
        lt = ops.maximum(boxes1[:, None, :2], boxes2[None, :, :2])
        rb = ops.minimum(boxes1[:, None, 2:], boxes2[None, :, 2:])
        wh = (rb - lt).clip(0.0)
        inter = wh[..., 0] * wh[..., 1]
        union = area1[:, None] + area2[None, :] - inter
        iou = inter / (union + self.eps)
        if self.mode == "iou":
            return iou
        enc_lt = ops.minimum(boxes1[:, None, :2], boxes2[None, :, :2])
        enc_rb = ops.maximum(boxes1[:, None, 2:], boxes2[None, :, 2:])
        enc_wh = (enc_rb - enc_lt).clip(0.0)
        enc_area = enc_wh[..., 0] * enc_wh[..., 1]
        return iou - (enc_area - union) / (enc_area + self.eps)


def make():
    np.random.seed(5)
    a = np.random.rand(12, 2).astype(np.float32) * 50
    b = np.random.rand(5, 2).astype(np.float32) * 50
    boxes1 = Tensor(np.concatenate([a, a + 10], axis=1))
    boxes2 = Tensor(np.concatenate([b, b + 14], axis=1))
    return PairwiseIoU(), (boxes1, boxes2)
