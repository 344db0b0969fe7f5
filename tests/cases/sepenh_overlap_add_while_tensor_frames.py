# case: overlap-add reconstruction that loops with while over a frame count passed as a tensor and accumulates into a growing list -> while on a tensor condition with a list grown per iteration
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverlapAdd(nn.Cell):
    def __init__(self, frame_len=8, hop=4):
        super().__init__()
        self.frame_len = frame_len
        self.hop = hop
        win = np.hanning(frame_len).astype(np.float32)
        self.window = Tensor(win)

    def construct(self, frames, n_frames):
        # frames: (max_frames, frame_len); n_frames: scalar int tensor
        pieces = []
        i = Tensor(0, ms.int32)
        while i < n_frames:
            pieces.append(frames[i] * self.window)
            i = i + 1
        stacked = ops.stack(pieces)
        head = stacked[:, :self.hop].reshape(-1)
        tail = stacked[-1, self.hop:]
        return ops.concat((head, tail))


def make():
    np.random.seed(6)
    frames = np.random.randn(10, 8).astype(np.float32)
    return OverlapAdd(), (Tensor(frames), Tensor(7, ms.int32))
