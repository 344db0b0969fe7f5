# case: DBNet box score via masked average with where/sum over a box rectangle built from shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FastBoxScore(nn.Cell):
    def __init__(self, box_thresh=0.5, eps=1e-6):
        super().__init__()
        self.box_thresh = box_thresh
        self.eps = eps

    def _rect_mask(self, h, w, boxes):
        ys = ops.arange(h, dtype=ms.float32).reshape(1, h, 1)
        xs = ops.arange(w, dtype=ms.float32).reshape(1, 1, w)
        x0, y0, x1, y1 = ops.split(boxes.reshape(-1, 4, 1, 1), 1, axis=1)
        x0, y0, x1, y1 = x0.squeeze(1), y0.squeeze(1), x1.squeeze(1), y1.squeeze(1)
        return (xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)

    def construct(self, prob, boxes):
        h, w = prob.shape[-2:]
        mask = self._rect_mask(h, w, boxes).astype(ms.float32)  # (N, H, W)
        total = (mask * prob.reshape(1, h, w)).sum(axis=(1, 2))
        area = mask.sum(axis=(1, 2))
        scores = total / (area + self.eps)
        keep = scores > self.box_thresh
        kept_boxes = ops.where(keep.reshape(-1, 1), boxes, ops.zeros_like(boxes))
        return scores, kept_boxes


def make():
    np.random.seed(7)
    prob = Tensor(np.random.rand(1, 20, 20).astype(np.float32))
    boxes = Tensor(np.array([[2, 3, 10, 12], [5, 5, 18, 9], [0, 0, 4, 4]], dtype=np.float32))
    return FastBoxScore(), (prob, boxes)
