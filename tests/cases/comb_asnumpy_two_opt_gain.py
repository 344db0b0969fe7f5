# case: tour refinement cell that estimates the best 2-opt improvement with a NumPy loop after .asnumpy() -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoOptRefiner(nn.Cell):
    def __init__(self, min_gain=1e-4):
        super().__init__()
        self.min_gain = min_gain

    def ordered_coords(self, coords, tour):
        return ops.gather(coords, tour, 0)

    def best_two_opt_gain(self, pts):
        # classic O(n^2) scan; easier in numpy
        p = pts.asnumpy()
        n = p.shape[0]
        best = 0.0
        for i in range(1, n - 1):
            for j in range(i + 1, n):
                a, b, c, d = p[i - 1], p[i], p[j], p[(j + 1) % n]
                gain = (np.linalg.norm(a - b) + np.linalg.norm(c - d)
                        - np.linalg.norm(a - c) - np.linalg.norm(b - d))
                best = max(best, float(gain))
        return best if best > self.min_gain else 0.0

    def construct(self, coords, tour):
        pts = self.ordered_coords(coords, tour)
        gain = self.best_two_opt_gain(pts)
        shifted = ops.concat([pts[1:], pts[:1]], 0)
        length = ops.norm(shifted - pts, dim=-1).sum()
        return length - gain


def make():
    np.random.seed(6)
    coords = Tensor(np.random.rand(7, 2).astype(np.float32))
    tour = Tensor(np.array([0, 3, 1, 5, 2, 6, 4], np.int32))
    return TwoOptRefiner(), (coords, tour)
