# case: track a smoke puff centroid over a number of video frames given by a tensor, collecting per-frame centroids in a list and stacking them -> loop count from data with a list grown in the loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmokeCentroidTracker(nn.Cell):
    def __init__(self, height=24, width=32):
        super().__init__()
        ys, xs = np.meshgrid(np.arange(height), np.arange(width), indexing="ij")
        self.ys = Tensor(ys.astype(np.float32))
        self.xs = Tensor(xs.astype(np.float32))

    def centroid(self, frame):
        w = frame / (frame.sum() + 1e-6)
        return ops.stack(((w * self.xs).sum(), (w * self.ys).sum()))

    def construct(self, frames, n_valid):
        track = []
        for i in range(int(n_valid)):
            track.append(self.centroid(frames[i]))
        path = ops.stack(track)
        velocity = path[1:] - path[:-1]
        return path, velocity.mean(0)


def make():
    np.random.seed(151)
    frames = np.random.rand(8, 24, 32).astype(np.float32) * 0.1
    for t in range(8):
        frames[t, 10:14, 4 + 3 * t:8 + 3 * t] += 1.0
    return SmokeCentroidTracker(), (Tensor(frames), Tensor(np.array(6, np.int32)))
