# case: trim a groove depth profile to its first 90 percent (lead-out margin) computed from the tensor's shape -> slice bound from shape, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GrooveTrimmer(nn.Cell):
    def __init__(self, music_fraction=0.9, lead_in=8):
        super().__init__()
        self.music_fraction = music_fraction
        self.lead_in = lead_in

    def _stats(self, seg):
        return seg.mean(), seg.std()

    def construct(self, depth_um, pitch_um):
        n = depth_um.shape[0]
        stop = int(n * self.music_fraction)
        music_part = depth_um[self.lead_in:stop]
        pitch_part = pitch_um[self.lead_in:stop]
        m, s = self._stats(music_part)
        return m, s, pitch_part.max()


def make():
    np.random.seed(91)
    depth = (40 + np.random.randn(400) * 6).astype(np.float32)
    pitch = np.full(400, 80.0, np.float32)
    return GrooveTrimmer(), (Tensor(depth), Tensor(pitch))
