# case: FCOS center-sampling target assignment with radius * stride and min-area gt selection via where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

INF = 1e8


class CenterSamplingAssigner(nn.Cell):
    def __init__(self, stride=8, radius=1.5, size_range=(0.0, 64.0), num_classes=4):
        super().__init__()
        self.stride = stride
        self.radius = radius
        self.size_range = size_range
        self.num_classes = num_classes

    def center_region(self, gt_boxes):
        cx = (gt_boxes[:, 0] + gt_boxes[:, 2]) / 2
        cy = (gt_boxes[:, 1] + gt_boxes[:, 3]) / 2
        r = self.stride * self.radius
        x0 = ops.maximum(cx - r, gt_boxes[:, 0])
        y0 = ops.maximum(cy - r, gt_boxes[:, 1])
        x1 = ops.minimum(cx + r, gt_boxes[:, 2])
        y1 = ops.minimum(cy + r, gt_boxes[:, 3])
        return ops.stack([x0, y0, x1, y1], axis=1)

    def construct(self, points, gt_boxes, gt_labels):
        region = self.center_region(gt_boxes)
        px = points[:, 0:1]
        py = points[:, 1:2]
        in_center = ops.stack([px - region[:, 0], py - region[:, 1],
                               region[:, 2] - px, region[:, 3] - py], axis=-1).min(axis=-1) > 0
        ltrb = ops.stack([px - gt_boxes[:, 0], py - gt_boxes[:, 1],
                          gt_boxes[:, 2] - px, gt_boxes[:, 3] - py], axis=-1)
        max_reg = ltrb.max(axis=-1)
        in_range = ops.logical_and(max_reg >= self.size_range[0], max_reg <= self.size_range[1])
        areas = (gt_boxes[:, 2] - gt_boxes[:, 0]) * (gt_boxes[:, 3] - gt_boxes[:, 1])
        areas = ops.broadcast_to(areas.view(1, -1), in_center.shape)
        areas = ops.where(ops.logical_and(in_center, in_range), areas, ops.full_like(areas, INF))
        min_area, gt_idx = ops.min(areas, axis=1)
        labels = ops.gather(gt_labels, gt_idx, 0)
        labels = ops.where(min_area >= INF, ops.full_like(labels, self.num_classes), labels)
        return labels, gt_idx


def make():
    np.random.seed(25)
    g = np.mgrid[0:8, 0:8].reshape(2, -1).T.astype(np.float32) * 8 + 4
    points = Tensor(g[:, ::-1].copy())
    gt = Tensor(np.array([[4, 4, 30, 28], [20, 10, 60, 50], [40, 40, 62, 63]], np.float32))
    labels = Tensor(np.array([0, 2, 1], np.int32))
    return CenterSamplingAssigner(), (points, gt, labels)
