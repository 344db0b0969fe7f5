# case: streaming frame interpolator that keeps the previous frame and a call counter as plain attributes and overwrites them on self inside construct -> error (attribute write on self of a non-Parameter in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingInterpolator(nn.Cell):
    def __init__(self, ch=3, height=8, width=8):
        super().__init__()
        self.prev_frame = Tensor(np.zeros((1, ch, height, width), np.float32))
        self.num_calls = 0
        self.refine = nn.Conv2d(ch * 2, ch, 3, pad_mode="same")

    def construct(self, frame):
        prev = self.prev_frame
        mid = 0.5 * (prev + frame) + self.refine(ops.cat((prev, frame), axis=1))
        self.prev_frame = frame
        self.num_calls += 1
        return mid


def make():
    np.random.seed(14)
    frame = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return StreamingInterpolator(), (frame,)
