# case: zeroes the drum channel in a multitrack roll with ops.select and a channel mask built from a constructor index -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrumMasker(nn.Cell):
    def __init__(self, num_tracks=16, drum_track=9, keep_drums=False):
        super().__init__()
        mask = np.ones((num_tracks, 1, 1), dtype=np.bool_)
        mask[drum_track] = keep_drums
        self.track_mask = Tensor(mask)

    def construct(self, multitrack):
        # multitrack: (tracks, steps, pitches)
        mask = ops.broadcast_to(self.track_mask, multitrack.shape)
        return ops.select(mask, multitrack, ops.zeros_like(multitrack))


def make():
    np.random.seed(36)
    mt = (np.random.rand(16, 8, 12) > 0.8).astype(np.float32)
    return DrumMasker(), (Tensor(mt),)
