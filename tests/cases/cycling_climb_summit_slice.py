# case: cut the elevation profile at the summit, found with argmax and .item(), to compute total climbing before the top -> slice length from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClimbProfiler(nn.Cell):
    def __init__(self, smooth=5):
        super().__init__()
        self.smooth = smooth

    def smooth_elev(self, elev):
        k = ops.ones((1, 1, self.smooth), ms.float32) / self.smooth
        return ops.conv1d(elev.reshape(1, 1, -1), k, pad_mode="same").reshape(-1)

    def construct(self, elev, dist):
        e = self.smooth_elev(elev)
        summit = ops.argmax(e).item()
        ascent = e[:summit + 1]
        gain = ops.relu(ascent[1:] - ascent[:-1]).sum()
        grade = (ascent[-1] - ascent[0]) / (dist[summit] - dist[0] + 1e-3)
        return gain, grade


def make():
    np.random.seed(51)
    dist = np.linspace(0, 12000, 300).astype(np.float32)
    elev = (200 + 400 * np.sin(dist / 12000 * 2.5) + np.random.normal(0, 2, 300)).astype(np.float32)
    return ClimbProfiler(), (Tensor(elev), Tensor(dist))
