# case: length regulator builds a hard alignment matrix from cumulative durations compared against a fixed max mel length, then matmuls -> static (all shapes from config)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_MEL_FRAMES = 64


class RegulatorConfig:
    hidden_size = 32
    max_mel_frames = MAX_MEL_FRAMES
    pace = 1.0


def durations_to_alignment(durations, max_frames):
    # durations: (B, T_phone) int32 -> (B, max_frames, T_phone) float
    ends = ops.cumsum(durations, axis=1)
    starts = ends - durations
    frames = ops.arange(max_frames).astype(ms.int32).reshape(1, -1, 1)
    in_seg = ops.logical_and(frames >= starts.expand_dims(1), frames < ends.expand_dims(1))
    return in_seg.astype(ms.float32)


class AlignmentLengthRegulator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_frames = config.max_mel_frames
        self.pace = config.pace

    def construct(self, hidden, durations, max_frames=None):
        if max_frames is None:
            max_frames = self.max_frames
        if self.pace != 1.0:
            durations = ops.round(durations.astype(ms.float32) / self.pace).astype(ms.int32)
        align = durations_to_alignment(durations, max_frames)
        expanded = ops.bmm(align, hidden)
        mel_lens = ops.clamp(durations.sum(axis=1), max=max_frames)
        return expanded, mel_lens


def make():
    np.random.seed(12)
    cfg = RegulatorConfig()
    hidden = Tensor(np.random.randn(2, 10, cfg.hidden_size).astype(np.float32))
    durations = Tensor(np.random.randint(1, 6, size=(2, 10)).astype(np.int32))
    return AlignmentLengthRegulator(cfg), (hidden, durations)
