# case: route snapping refines a projected point toward the road polyline in a while loop on a tensor error, carrying fixed-shape state only -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeSnapper(nn.Cell):
    def __init__(self, lr=0.5, tol=1e-3, max_iter=20):
        super().__init__()
        self.lr = lr
        self.tol = tol
        self.max_iter = max_iter

    def closest_on_segment(self, p, a, b):
        ab = b - a
        t = ops.clip_by_value(((p - a) * ab).sum() / (ab * ab).sum(), 0.0, 1.0)
        return a + t * ab

    def construct(self, gps_pt, seg_a, seg_b):
        cur = gps_pt
        err = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while err > self.tol and it < self.max_iter:
            target = self.closest_on_segment(cur, seg_a, seg_b)
            step = (target - cur) * self.lr
            cur = cur + step
            err = ops.norm(step)
            it = it + 1
        return cur, it


def make():
    np.random.seed(26)
    p = Tensor(np.array([0.4, 0.3], dtype=np.float32))
    a = Tensor(np.array([0.0, 0.0], dtype=np.float32))
    b = Tensor(np.array([1.0, 0.1], dtype=np.float32))
    return IterativeSnapper(), (p, a, b)
