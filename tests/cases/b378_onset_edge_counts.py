# case: onset/offset counter marks rising and falling edges of the hysteresis-thresholded posteriorgram with multiplied float masks and sums them per class -> fixed shapes, should compile statically
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class PostConfig:
    onset_threshold: float = 0.5
    offset_threshold: float = 0.3
    min_frames: int = 2
    return_masks: bool = False


def shift_right(x, fill=0.0):
    pad = ops.full_like(x[:, :1], fill)
    return ops.concat((pad, x[:, :-1]), axis=1)


class OnsetCounter(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else PostConfig()
        self.onset_threshold = config.onset_threshold
        self.offset_threshold = config.offset_threshold
        self.return_masks = config.return_masks

    def construct(self, frame_probs):
        # frame_probs: (B, T, C)
        high = (frame_probs > self.onset_threshold).astype(frame_probs.dtype)
        low = (frame_probs < self.offset_threshold).astype(frame_probs.dtype)
        onsets = high * (1.0 - shift_right(high))
        offsets = low * shift_right(1.0 - low)
        n_onsets = onsets.sum(axis=1)
        n_offsets = offsets.sum(axis=1)
        if self.return_masks:
            return n_onsets, n_offsets, onsets, offsets
        return n_onsets, n_offsets


def make():
    np.random.seed(3790)
    probs = Tensor(np.random.rand(2, 64, 5).astype(np.float32))
    return OnsetCounter(), (probs,)
