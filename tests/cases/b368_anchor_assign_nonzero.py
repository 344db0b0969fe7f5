# case: anchor target assigner gathers positive anchors via ops.nonzero on IoU >= pos threshold and encodes their box targets -> nonzero output has a data-dependent length (dynamic or error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

POS_IOU_THR = 0.6


def aligned_bev_iou(anchors, gts):
    a = anchors[:, None, :]
    g = gts[None, :, :]
    x1 = ops.maximum(a[..., 0] - a[..., 3] / 2, g[..., 0] - g[..., 3] / 2)
    x2 = ops.minimum(a[..., 0] + a[..., 3] / 2, g[..., 0] + g[..., 3] / 2)
    y1 = ops.maximum(a[..., 1] - a[..., 4] / 2, g[..., 1] - g[..., 4] / 2)
    y2 = ops.minimum(a[..., 1] + a[..., 4] / 2, g[..., 1] + g[..., 4] / 2)
    inter = ops.relu(x2 - x1) * ops.relu(y2 - y1)
    area_a = a[..., 3] * a[..., 4]
    area_g = g[..., 3] * g[..., 4]
    return inter / (area_a + area_g - inter)


class AxisAlignedTargetAssigner(nn.Cell):
    def __init__(self, pos_iou_thr=POS_IOU_THR, box_coder=None):
        super().__init__()
        self.pos_iou_thr = pos_iou_thr
        self.box_coder = box_coder

    def _encode(self, anchors, gts):
        if self.box_coder is not None:
            return self.box_coder(anchors, gts)
        diag = ops.sqrt(anchors[:, 3] ** 2 + anchors[:, 4] ** 2)
        dxy = (gts[:, :2] - anchors[:, :2]) / diag[:, None]
        dsize = ops.log(gts[:, 3:6] / anchors[:, 3:6])
        return ops.concat((dxy, dsize), axis=1)

    def construct(self, anchors, gt_boxes):
        iou = aligned_bev_iou(anchors, gt_boxes)
        max_iou = iou.max(axis=1)
        gt_idx = ops.argmax(iou, dim=1)
        pos_idx = ops.nonzero(max_iou >= self.pos_iou_thr).reshape(-1)
        pos_anchors = ops.gather(anchors, pos_idx, 0)
        pos_gts = ops.gather(gt_boxes, ops.gather(gt_idx, pos_idx, 0), 0)
        return self._encode(pos_anchors, pos_gts), pos_idx


def make():
    np.random.seed(3685)
    xs, ys = np.meshgrid(np.arange(0, 20, 2.0), np.arange(0, 20, 2.0))
    n = xs.size
    anchors = np.stack([xs.ravel(), ys.ravel(), np.full(n, -1.0), np.full(n, 3.9), np.full(n, 1.6), np.full(n, 1.56), np.zeros(n)], 1)
    gts = anchors[[5, 37, 62]] + np.random.uniform(-0.3, 0.3, (3, 7)) * np.array([1, 1, 0, 0.1, 0.1, 0.1, 0])
    return AxisAlignedTargetAssigner(), (Tensor(anchors.astype(np.float32)), Tensor(gts.astype(np.float32)))
