# case: pairwise IoU between layout boxes and Gaussian soft suppression of overlapping lower-score boxes on fixed-size matrices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftBoxSuppression(nn.Cell):
    def __init__(self, sigma=0.5):
        super().__init__()
        self.sigma = sigma

    def pairwise_iou(self, boxes):
        lt = ops.maximum(boxes[:, None, :2], boxes[None, :, :2])
        rb = ops.minimum(boxes[:, None, 2:], boxes[None, :, 2:])
        wh = ops.clamp(rb - lt, 0.0, None)
        inter = wh[..., 0] * wh[..., 1]
        area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
        return inter / (area[:, None] + area[None, :] - inter + 1e-6)

    def construct(self, boxes, scores):
        iou = self.pairwise_iou(boxes)
        higher = (scores[None, :] > scores[:, None]).astype(ms.float32)
        decay = ops.exp(-(iou * iou) / self.sigma) * higher + (1.0 - higher)
        return scores * decay.prod(1)


def make():
    np.random.seed(41)
    xy = np.random.rand(9, 2).astype(np.float32) * 60
    boxes = Tensor(np.concatenate([xy, xy + 25], axis=1))
    return SoftBoxSuppression(), (boxes, Tensor(np.random.rand(9).astype(np.float32)))
