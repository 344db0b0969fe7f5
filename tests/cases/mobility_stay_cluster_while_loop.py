# case: greedy stay clustering walks the trajectory in a while loop and appends centroids to a list -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyStayClusterer(nn.Cell):
    """Groups consecutive fixes within `radius` of the anchor point into one stay."""

    def __init__(self, radius=0.5, min_points=2):
        super().__init__()
        self.radius = radius
        self.min_points = min_points

    def centroid(self, pts, start, end):
        return pts[start:end].mean(axis=0)

    def construct(self, pts):
        n = pts.shape[0]
        stays = []
        anchor = 0
        i = 1
        while i < n:
            d = ops.norm(pts[i] - pts[anchor])
            if d > self.radius:
                if i - anchor >= self.min_points:
                    stays.append(self.centroid(pts, anchor, i))
                anchor = i
            i += 1
        if n - anchor >= self.min_points:
            stays.append(self.centroid(pts, anchor, n))
        return ops.stack(stays)


def make():
    np.random.seed(7)
    centers = np.array([[0.0, 0.0], [3.0, 1.0], [6.0, -1.0]], dtype=np.float32)
    pts = np.concatenate([c + np.random.normal(0, 0.1, size=(4, 2)) for c in centers]).astype(np.float32)
    return GreedyStayClusterer(), (Tensor(pts),)
