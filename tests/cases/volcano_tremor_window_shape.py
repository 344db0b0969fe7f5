# case: crop a seismogram to its first half using x.shape for the window length -> slice bound is a compile-time constant, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventRMSBands(nn.Cell):
    def __init__(self, n_bands=8, pre_event_fraction=2):
        super().__init__()
        self.n_bands = n_bands
        self.pre_event_fraction = pre_event_fraction
        self.proj = nn.Dense(1, n_bands)

    def construct(self, waveform):
        n = waveform.shape[1] // self.pre_event_fraction
        noise = waveform[:, :n]
        signal = waveform[:, n:]
        snr = ops.sqrt((signal * signal).mean(axis=1, keep_dims=True)) / \
            (ops.sqrt((noise * noise).mean(axis=1, keep_dims=True)) + 1e-6)
        return self.proj(snr)


def make():
    np.random.seed(62)
    wf = Tensor(np.random.randn(3, 400).astype(np.float32))
    return EventRMSBands(), (wf,)
