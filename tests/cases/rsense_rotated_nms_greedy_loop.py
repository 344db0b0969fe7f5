# case: greedy NMS for rotated aerial boxes (center-distance suppression) with a while loop over a shrinking order tensor -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RotatedCenterNMS(nn.Cell):
    """Cheap NMS for small vehicles: suppress boxes whose centers fall within a fraction of the kept box size."""

    def __init__(self, dist_factor=0.5, max_keep=16):
        super().__init__()
        self.dist_factor = dist_factor
        self.max_keep = max_keep

    def center_dist(self, box, others):
        d = others[:, :2] - box[:2]
        return ops.sqrt((d * d).sum(axis=1))

    def radius(self, box):
        return self.dist_factor * ops.minimum(box[2], box[3])

    def construct(self, boxes, scores):
        # boxes: (N, 5) cx, cy, w, h, theta
        order = ops.sort(scores, descending=True)[1]
        keep = []
        while order.shape[0] > 0 and len(keep) < self.max_keep:
            i = order[0]
            keep.append(i)
            if order.shape[0] == 1:
                break
            rest = order[1:]
            dist = self.center_dist(boxes[i], boxes[rest])
            order = rest[dist > self.radius(boxes[i])]
        return ops.stack(keep)


def make():
    np.random.seed(20)
    n = 12
    centers = np.random.rand(n, 2).astype(np.float32) * 32
    sizes = np.random.rand(n, 2).astype(np.float32) * 4 + 2
    theta = (np.random.rand(n, 1).astype(np.float32) - 0.5) * np.pi
    boxes = Tensor(np.concatenate([centers, sizes, theta], axis=1))
    scores = Tensor(np.random.rand(n).astype(np.float32))
    return RotatedCenterNMS(), (boxes, scores)
