# case: sliding-window neighbor gathering with an index table built in __init__ (reflect padding at clip borders) and ops.gather -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def reflect_window_indices(num_frames, radius):
    table = []
    for c in range(num_frames):
        row = []
        for off in range(-radius, radius + 1):
            j = c + off
            j = -j if j < 0 else j
            j = 2 * (num_frames - 1) - j if j >= num_frames else j
            row.append(j)
        table.append(row)
    return np.array(table, np.int32)


class WindowGather(nn.Cell):
    def __init__(self, num_frames=6, radius=2):
        super().__init__()
        self.win = 2 * radius + 1
        self.index = Tensor(reflect_window_indices(num_frames, radius).reshape(-1))

    def construct(self, clip):
        # clip: (T, C, H, W) -> (T, win, C, H, W)
        t, c, h, w = clip.shape
        windows = ops.gather(clip, self.index, 0)
        return windows.reshape(t, self.win, c, h, w)


def make():
    np.random.seed(25)
    clip = Tensor(np.random.rand(6, 3, 5, 5).astype(np.float32))
    return WindowGather(), (clip,)
