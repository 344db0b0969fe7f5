# case: VITS rand_slice_segments picks a random start per utterance from the lengths tensor and slices a fixed-size segment with that tensor start -> dynamic (slice start from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SEGMENT_SIZE = 8


def slice_segments(x, starts, segment_size=SEGMENT_SIZE):
    segs = []
    for i in range(x.shape[0]):
        s = starts[i]
        segs.append(x[i, :, s:s + segment_size])
    return ops.stack(segs)


class SegmentConfig:
    hidden_channels = 12
    segment_size = SEGMENT_SIZE


class RandSegmentSlicer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.segment_size = config.segment_size
        self.proj = nn.Conv1d(config.hidden_channels, config.hidden_channels, 1, has_bias=True)

    def construct(self, z, z_lengths, noise):
        max_start = ops.clamp(z_lengths - self.segment_size + 1, min=1).astype(ms.float32)
        starts = (noise * max_start).astype(ms.int32)
        z_slice = slice_segments(self.proj(z), starts, self.segment_size)
        return z_slice, starts


def make():
    np.random.seed(47)
    cfg = SegmentConfig()
    z = Tensor(np.random.randn(2, cfg.hidden_channels, 30).astype(np.float32))
    lens = Tensor(np.array([30, 22], dtype=np.int32))
    noise = Tensor(np.random.rand(2).astype(np.float32))
    return RandSegmentSlicer(cfg), (z, lens, noise)
