# case: cut a fixed-length highlight clip starting at the argmax of the excitement curve (slice start is a tensor, length is constant) -> dynamic or error on tensor slice start
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HighlightClipper(nn.Cell):
    def __init__(self, clip_frames=8):
        super().__init__()
        self.clip_frames = clip_frames

    def construct(self, frames, excitement):
        valid = excitement[:frames.shape[0] - self.clip_frames]
        start = ops.argmax(valid)
        clip = frames[start:start + self.clip_frames]
        return clip


def make():
    np.random.seed(23)
    frames = Tensor(np.random.randn(40, 5).astype(np.float32))
    exc = Tensor(np.random.rand(40).astype(np.float32))
    return HighlightClipper(), (frames, exc)
