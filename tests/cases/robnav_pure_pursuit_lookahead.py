# case: pure-pursuit finds the lookahead waypoint via cumsum of segment lengths and argmax of a boolean threshold, then computes curvature -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PurePursuit(nn.Cell):
    def __init__(self, lookahead=1.0, v_ref=0.5):
        super().__init__()
        self.lookahead = lookahead
        self.v_ref = v_ref

    def lookahead_index(self, path):
        seg = path[1:] - path[:-1]
        seg_len = ops.sqrt((seg * seg).sum(-1))
        cum = ops.cumsum(seg_len, 0)
        beyond = (cum >= self.lookahead).astype(ms.int32)
        # if nothing is beyond the lookahead, use the last point
        idx = ops.where(beyond.sum() > 0, ops.argmax(beyond) + 1, path.shape[0] - 1)
        return idx

    def construct(self, pose, path):
        idx = self.lookahead_index(path)
        target = ops.gather(path, idx, 0)
        dx = target[0] - pose[0]
        dy = target[1] - pose[1]
        y_local = -ops.sin(pose[2]) * dx + ops.cos(pose[2]) * dy
        l2 = dx * dx + dy * dy
        curvature = 2.0 * y_local / (l2 + 1e-6)
        return ops.stack([Tensor(self.v_ref, ms.float32), self.v_ref * curvature])


def make():
    np.random.seed(36)
    xs = np.linspace(0, 3, 12)
    path = np.stack([xs, 0.3 * np.sin(xs)], 1).astype(np.float32)
    pose = np.array([0.0, 0.1, 0.05], np.float32)
    return PurePursuit(), (Tensor(pose), Tensor(path))
