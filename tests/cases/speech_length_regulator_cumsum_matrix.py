# case: length regulator expanding phoneme states to a fixed max_frames via a cumsum alignment matrix instead of repeat -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlignmentExpander(nn.Cell):
    def __init__(self, max_frames=16, pace=1.0):
        super().__init__()
        self.max_frames = max_frames
        self.pace = pace

    def alignment(self, durations):
        # durations: (B, N) int -> (B, max_frames, N) 0/1 matrix
        ends = ops.cumsum(durations, axis=1)
        starts = ends - durations
        frames = ops.arange(self.max_frames).reshape(1, -1, 1)
        inside = ops.logical_and(frames >= starts.expand_dims(1), frames < ends.expand_dims(1))
        return inside.astype(ms.float32)

    def construct(self, states, durations):
        dur = ops.round(durations.astype(ms.float32) * self.pace).astype(ms.int32)
        attn = self.alignment(dur)
        frames = ops.bmm(attn, states)
        mel_lens = ops.minimum(dur.sum(axis=1), self.max_frames)
        return frames, mel_lens


def make():
    np.random.seed(43)
    states = Tensor(np.random.randn(2, 4, 6).astype(np.float32))
    dur = Tensor(np.array([[1, 3, 2, 2], [2, 2, 1, 0]], np.int32))
    return AlignmentExpander(), (states, dur)
