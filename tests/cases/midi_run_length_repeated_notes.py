# case: run-length encodes a frame-level pitch sequence into note segments with unique_consecutive inside a sub-Cell -> unique_consecutive returns a data-dependent size
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RunLengthEncoder(nn.Cell):
    def construct(self, frame_pitch):
        segs, _, counts = ops.unique_consecutive(frame_pitch, return_inverse=True, return_counts=True)
        return segs, counts


class MonophonicTranscriber(nn.Cell):
    def __init__(self, hop_sec=0.02):
        super().__init__()
        self.rle = RunLengthEncoder()
        self.hop_sec = hop_sec

    def construct(self, frame_logits):
        frame_pitch = ops.argmax(frame_logits, dim=-1)
        pitches, counts = self.rle(frame_pitch)
        durations = counts.astype(ms.float32) * self.hop_sec
        return pitches, durations


def make():
    np.random.seed(22)
    base = np.repeat(np.random.randint(0, 12, size=6), 4)
    logits = np.random.rand(24, 12).astype(np.float32) * 0.1
    logits[np.arange(24), base] += 1.0
    return MonophonicTranscriber(), (Tensor(logits),)
