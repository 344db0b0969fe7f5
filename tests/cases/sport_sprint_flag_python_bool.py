# case: optional downsampling controlled by a Python bool constructor flag, and sprint detection via a float mask -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SprintCounter(nn.Cell):
    def __init__(self, sprint=7.0, fps=25.0, downsample=False):
        super().__init__()
        self.sprint = sprint
        self.fps = fps
        self.downsample = downsample

    def speeds(self, track):
        d = track[:, 1:] - track[:, :-1]
        return ops.norm(d, dim=2) * self.fps

    def construct(self, tracks):
        if self.downsample:
            tracks = tracks[:, ::2]
        v = self.speeds(tracks)
        sprinting = (v > self.sprint).astype(ms.float32)
        return sprinting.sum(axis=1), v.max(axis=1)


def make():
    np.random.seed(23)
    tracks = np.cumsum(np.random.randn(22, 20, 2) * 0.3, axis=1).astype(np.float32)
    return SprintCounter(downsample=True), (Tensor(tracks),)
