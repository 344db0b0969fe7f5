# case: alignment module that wraps stacking of neighbor frames in try/except to fall back to repeating the center frame -> error (try/except unsupported in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighborStack(nn.Cell):
    def __init__(self, radius=1, mid=6):
        super().__init__()
        self.radius = radius
        self.fuse = nn.Conv2d(3 * (2 * radius + 1), mid, 3, pad_mode="same")

    def gather_window(self, clip, center):
        frames = []
        for off in range(-self.radius, self.radius + 1):
            frames.append(clip[:, center + off])
        return ops.cat(frames, axis=1)

    def construct(self, clip):
        center = clip.shape[1] // 2
        try:
            window = self.gather_window(clip, center)
        except IndexError:
            window = ops.tile(clip[:, center], (1, 2 * self.radius + 1, 1, 1))
        return self.fuse(window)


def make():
    np.random.seed(22)
    clip = Tensor(np.random.rand(1, 5, 3, 8, 8).astype(np.float32))
    return NeighborStack(), (clip,)
