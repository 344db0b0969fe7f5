# case: trajectory predictor keeps only tracks whose visibility score passes a threshold via boolean-mask indexing pos[mask] -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackFilter(nn.Cell):
    def __init__(self, min_visibility=0.4):
        super().__init__()
        self.min_visibility = min_visibility

    def construct(self, tracks, visibility):
        keep = visibility > self.min_visibility
        return tracks[keep]


class ConstantVelocityPredictor(nn.Cell):
    def __init__(self, steps=4, dt=0.1):
        super().__init__()
        self.filter = TrackFilter()
        self.steps = steps
        self.dt = dt

    def construct(self, tracks, visibility):
        # tracks: (vehicles, 4) = x, y, vx, vy
        kept = self.filter(tracks, visibility)
        pos = kept[:, :2]
        vel = kept[:, 2:]
        outs = []
        for k in range(1, self.steps + 1):
            outs.append(pos + vel * (k * self.dt))
        return ops.stack(outs, axis=1)


def make():
    np.random.seed(8)
    tracks = Tensor(np.random.randn(12, 4).astype(np.float32))
    vis = Tensor(np.random.rand(12).astype(np.float32))
    return ConstantVelocityPredictor(), (tracks, vis)
