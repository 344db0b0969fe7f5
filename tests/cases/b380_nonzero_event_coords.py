# case: DVS event encoder converts the spike frame of the first LIF layer into (y, x) event coordinates with nonzero and gathers their potentials -> number of events from data, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EVENT_POLARITIES = 2


def events_to_coords(frame):
    """Return the coordinates of every active pixel of a (H, W) spike frame."""
    return ops.nonzero(frame)


class EventEncoderConfig:
    def __init__(self, channels=EVENT_POLARITIES, v_threshold=0.5, return_events=True):
        self.channels = channels
        self.v_threshold = v_threshold
        self.return_events = return_events


class DVSEventEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv2d(config.channels, 1, 3, pad_mode="same", has_bias=True)
        self.v_threshold = config.v_threshold
        self.return_events = config.return_events

    def construct(self, frames):
        v = ops.zeros((frames.shape[1], 1, frames.shape[3], frames.shape[4]), ms.float32)
        for t in range(frames.shape[0]):
            v = 0.5 * v + self.conv(frames[t])
        spike = (v >= self.v_threshold).astype(ms.float32)
        if not self.return_events:
            return spike
        coords = events_to_coords(spike[0, 0])
        potentials = ops.gather_nd(v[0, 0], coords)
        return spike, coords, potentials


def make():
    np.random.seed(3803)
    frames = Tensor((np.random.rand(4, 1, 2, 8, 8) > 0.6).astype(np.float32) * 3.0)
    return DVSEventEncoder(EventEncoderConfig()), (frames,)
