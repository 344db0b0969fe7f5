# case: weighted least-squares quadratic fit of every lane at once, using the visibility mask as weights so invisible rows drop out -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchedLaneFit(nn.Cell):
    def __init__(self, num_rows=12, degree=2, ridge=1e-3):
        super().__init__()
        ys = np.linspace(0.3, 1.0, num_rows).astype(np.float32)
        self.vander = Tensor(np.stack([ys ** p for p in range(degree, -1, -1)], axis=1))
        self.ridge = Tensor(np.eye(degree + 1, dtype=np.float32) * ridge)

    def construct(self, xs, visible):
        # xs, visible: (num_lanes, num_rows)
        w = visible.astype(ms.float32)
        a = self.vander
        aw = a.view(1, a.shape[0], a.shape[1]) * w.view(w.shape[0], w.shape[1], 1)
        ata = ops.bmm(aw.transpose(0, 2, 1), ops.broadcast_to(a, aw.shape)) + self.ridge
        atb = ops.bmm(aw.transpose(0, 2, 1), xs.view(xs.shape[0], xs.shape[1], 1))
        coeffs = ops.bmm(ops.inverse(ata), atb)
        return coeffs.squeeze(-1)


def make():
    np.random.seed(23)
    ys = np.linspace(0.3, 1.0, 12)
    xs = np.stack([0.2 * ys ** 2 + 0.1 * k * ys + 0.25 * k for k in range(4)]).astype(np.float32)
    vis = np.random.rand(4, 12) > 0.3
    return BatchedLaneFit(), (Tensor(xs), Tensor(vis))
