# case: rotated aerial boxes (cx, cy, w, h, theta) to corner polygons and shoelace area -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RotatedBoxGeometry(nn.Cell):
    def __init__(self, angle_in_degrees=False, clip_hw=(64.0, 64.0)):
        super().__init__()
        self.angle_in_degrees = angle_in_degrees
        self.clip_h, self.clip_w = clip_hw
        offsets = np.array([[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5]], np.float32)
        self.offsets = Tensor(offsets)

    def corners(self, boxes):
        cx, cy, w, h, theta = ops.unstack(boxes, axis=1)
        if self.angle_in_degrees:
            theta = theta * (np.pi / 180.0)
        cos, sin = ops.cos(theta), ops.sin(theta)
        dx = self.offsets[:, 0] * w.expand_dims(1)
        dy = self.offsets[:, 1] * h.expand_dims(1)
        xs = cx.expand_dims(1) + dx * cos.expand_dims(1) - dy * sin.expand_dims(1)
        ys = cy.expand_dims(1) + dx * sin.expand_dims(1) + dy * cos.expand_dims(1)
        xs = ops.clamp(xs, 0.0, self.clip_w)
        ys = ops.clamp(ys, 0.0, self.clip_h)
        return ops.stack((xs, ys), axis=-1)

    def construct(self, boxes):
        pts = self.corners(boxes)
        x, y = pts[..., 0], pts[..., 1]
        x_next = ops.concat((x[:, 1:], x[:, :1]), axis=1)
        y_next = ops.concat((y[:, 1:], y[:, :1]), axis=1)
        area = 0.5 * ops.abs((x * y_next - x_next * y).sum(axis=1))
        return pts, area


def make():
    np.random.seed(36)
    boxes = np.concatenate([np.random.rand(6, 2) * 50 + 5, np.random.rand(6, 2) * 8 + 2,
                            (np.random.rand(6, 1) - 0.5) * np.pi], axis=1).astype(np.float32)
    return RotatedBoxGeometry(), (Tensor(boxes),)
