# case: analysis window length is a learnable/stored Parameter (seconds * fs) and construct crops x[..., :int(self.window_samples)] -> slice length from a Parameter value, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class WindowConfig:
    def __init__(self, fs=250, window_sec=1.6, n_leads=12, hidden=8):
        self.fs = fs
        self.window_sec = window_sec
        self.n_leads = n_leads
        self.hidden = hidden


class WindowedEncoderBase(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self._init_window(config)
        self.proj = nn.Conv1d(config.n_leads, config.hidden, 3, pad_mode="same")

    def _init_window(self, config):
        samples = np.array(config.window_sec * config.fs, np.float32)
        self.window_samples = Parameter(Tensor(samples), name="window_samples", requires_grad=False)

    def crop(self, x):
        n = int(self.window_samples)
        return x[..., :n]


class WindowedEncoder(WindowedEncoderBase):
    def construct(self, ecg):
        seg = self.crop(ecg)
        return self.proj(seg).mean(-1)


def make():
    np.random.seed(3757)
    x = np.random.randn(2, 12, 500).astype(np.float32)
    return WindowedEncoder(WindowConfig()), (Tensor(x),)
