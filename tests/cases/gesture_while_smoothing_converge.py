# case: iteratively smooths a jittery keypoint track in a while loop until the change falls below a tolerance, shape unchanged each iteration -> static shapes in Graph mode (tensor loop condition)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeTrackSmoother(nn.Cell):
    def __init__(self, alpha=0.5, tol=1e-3, max_iters=10):
        super().__init__()
        self.alpha = alpha
        self.tol = tol
        self.max_iters = max_iters

    def smooth_once(self, track):
        prev = ops.concat((track[:1], track[:-1]), axis=0)
        nxt = ops.concat((track[1:], track[-1:]), axis=0)
        return (1 - self.alpha) * track + self.alpha * 0.5 * (prev + nxt)

    def construct(self, track):
        it = Tensor(0, ms.int32)
        delta = Tensor(1.0, ms.float32)
        while delta > self.tol and it < self.max_iters:
            new_track = self.smooth_once(track)
            delta = ops.abs(new_track - track).max()
            track = new_track
            it = it + 1
        return track, it


def make():
    np.random.seed(37)
    track = Tensor(np.random.randn(12, 21, 2).astype(np.float32))
    return IterativeTrackSmoother(), (track,)
