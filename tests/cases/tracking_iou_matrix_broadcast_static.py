# case: GIoU cost between tracks and detections with broadcasting; invalid pairs pushed to large cost via where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GIoUCost(nn.Cell):
    def __init__(self, gate=0.1, big_cost=1e5):
        super().__init__()
        self.gate = gate
        self.big_cost = big_cost

    @staticmethod
    def _area(b):
        return (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1])

    def giou(self, a, b):
        a = ops.expand_dims(a, 1)
        b = ops.expand_dims(b, 0)
        lt = ops.maximum(a[..., :2], b[..., :2])
        rb = ops.minimum(a[..., 2:], b[..., 2:])
        wh = ops.clamp(rb - lt, min=0.0)
        inter = wh[..., 0] * wh[..., 1]
        union = self._area(a) + self._area(b) - inter
        iou = inter / (union + 1e-7)
        elt = ops.minimum(a[..., :2], b[..., :2])
        erb = ops.maximum(a[..., 2:], b[..., 2:])
        ewh = erb - elt
        enclose = ewh[..., 0] * ewh[..., 1]
        return iou - (enclose - union) / (enclose + 1e-7), iou

    def construct(self, tracks, dets):
        g, iou = self.giou(tracks, dets)
        cost = 1.0 - g
        gated = ops.where(iou > self.gate, cost, ops.full_like(cost, self.big_cost))
        return gated


def make():
    np.random.seed(3)
    xy = np.random.rand(5, 2).astype(np.float32) * 8
    tracks = np.concatenate([xy, xy + 2], 1)
    d = np.random.rand(7, 2).astype(np.float32) * 8
    dets = np.concatenate([d, d + 2], 1)
    return GIoUCost(), (Tensor(tracks), Tensor(dets))
