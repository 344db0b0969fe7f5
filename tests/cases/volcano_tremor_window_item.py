# case: crop a seismogram to the event duration read from the detector output with .item() -> slice length from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventSpectrum(nn.Cell):
    def __init__(self, n_bands=8):
        super().__init__()
        self.n_bands = n_bands
        self.proj = nn.Dense(1, n_bands)

    def construct(self, waveform, duration_samples):
        # waveform: (channels, samples); duration_samples: scalar int tensor from STA/LTA detector
        n = duration_samples.item()
        event = waveform[:, :n]
        rms = ops.sqrt((event * event).mean(axis=1, keep_dims=True))
        return self.proj(rms)


def make():
    np.random.seed(61)
    wf = Tensor(np.random.randn(3, 400).astype(np.float32))
    dur = Tensor(np.array(250, np.int32))
    return EventSpectrum(), (wf, dur)
