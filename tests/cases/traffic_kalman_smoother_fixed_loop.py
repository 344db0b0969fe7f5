# case: exponential track smoother over detections with a loop bounded by the static frame count, writing into a preallocated tensor via concat -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackSmoother(nn.Cell):
    def __init__(self, smoothing=0.7, return_velocity=True):
        super().__init__()
        self.smoothing = smoothing
        self.return_velocity = return_velocity

    def construct(self, detections):
        frames = detections.shape[0]
        est = detections[0:1]
        smoothed = est
        for i in range(1, frames):
            est = self.smoothing * est + (1 - self.smoothing) * detections[i:i + 1]
            smoothed = ops.concat((smoothed, est), axis=0)
        if self.return_velocity:
            vel = smoothed[1:] - smoothed[:-1]
            return smoothed, vel
        return smoothed


def make():
    np.random.seed(30)
    det = Tensor(np.cumsum(np.random.randn(6, 2), axis=0).astype(np.float32))
    return TrackSmoother(), (det,)
