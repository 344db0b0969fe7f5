# case: score frontier cells with a fixed-size mask multiplied into a distance cost and pick argmax flat index -> static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontierScorer(nn.Cell):
    def __init__(self, height=10, width=10, dist_weight=0.3):
        super().__init__()
        ys, xs = np.meshgrid(np.arange(height), np.arange(width), indexing="ij")
        self.ys = Tensor(ys.astype(np.float32))
        self.xs = Tensor(xs.astype(np.float32))
        self.dist_weight = dist_weight

    def construct(self, frontier_mask, info_gain, robot_rc):
        dy = self.ys - robot_rc[0]
        dx = self.xs - robot_rc[1]
        dist = ops.sqrt(dy * dy + dx * dx)
        score = info_gain - self.dist_weight * dist
        m = frontier_mask.astype(ms.float32)
        score = score * m + (1.0 - m) * (-1e9)
        best = ops.argmax(score.reshape(-1))
        w = frontier_mask.shape[1]
        return best // w, best % w


def make():
    np.random.seed(5)
    mask = np.random.rand(10, 10) > 0.8
    gain = np.random.rand(10, 10).astype(np.float32) * 5
    rc = np.array([4.0, 6.0], np.float32)
    return FrontierScorer(), (Tensor(mask), Tensor(gain), Tensor(rc))
