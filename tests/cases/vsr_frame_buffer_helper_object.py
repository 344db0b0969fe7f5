# case: sliding-window inference that builds a plain Python FrameBuffer object in construct, pushes frames into it and returns it with the output -> error (custom Python object created/returned in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.frames = []

    def push(self, frame):
        self.frames.append(frame)
        if len(self.frames) > self.capacity:
            self.frames.pop(0)


class WindowedDenoiser(nn.Cell):
    def __init__(self, window=3, mid=6):
        super().__init__()
        self.window = window
        self.fuse = nn.Conv2d(3 * window, 3, 3, pad_mode="same")

    def construct(self, clip):
        buf = FrameBuffer(self.window)
        outs = []
        for i in range(clip.shape[0]):
            buf.push(clip[i:i + 1])
            if len(buf.frames) == self.window:
                outs.append(self.fuse(ops.cat(buf.frames, axis=1)))
        return ops.cat(outs, axis=0), buf


def make():
    np.random.seed(38)
    clip = Tensor(np.random.rand(5, 3, 6, 6).astype(np.float32))
    return WindowedDenoiser(), (clip,)
