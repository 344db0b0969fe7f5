# case: crossfade between two puppet pose tracks after the cue time using three-argument ops.where -> static shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def smoothstep(x):
    x = ops.clamp(x, 0.0, 1.0)
    return x * x * (3.0 - 2.0 * x)


class CueCrossfade(nn.Cell):
    def __init__(self, fade_s=0.5, fps=25.0):
        super().__init__()
        self.fade_s = fade_s
        self.fps = fps

    def construct(self, pose_a, pose_b, cue_time):
        n = pose_a.shape[0]
        t = ops.arange(n, dtype=ms.float32) / self.fps
        w = smoothstep((t - cue_time) / self.fade_s).reshape(-1, 1)
        blended = pose_a * (1.0 - w) + pose_b * w
        after = (t >= cue_time).reshape(-1, 1)
        return ops.where(after, blended, pose_a)


def make():
    np.random.seed(49)
    a = np.random.randn(40, 8).astype(np.float32)
    b = np.random.randn(40, 8).astype(np.float32)
    return CueCrossfade(), (Tensor(a), Tensor(b), Tensor(0.7, ms.float32))
