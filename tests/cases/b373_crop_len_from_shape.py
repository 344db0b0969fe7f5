# case: analysis window length computed from x.shape[-1] and a config ratio (int(...) of a shape, looks like int(tensor)) and cropped with a slice -> shape arithmetic only, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowConfig:
    def __init__(self, keep_ratio=0.8, n_leads=12, hidden=8, centre_crop=True):
        self.keep_ratio = keep_ratio
        self.n_leads = n_leads
        self.hidden = hidden
        self.centre_crop = centre_crop


class RatioCropEncoder(nn.Cell):
    def __init__(self, config, proj=None):
        super().__init__()
        self.ratio = config.keep_ratio
        self.centre = config.centre_crop
        self.proj = proj if proj is not None else nn.Conv1d(config.n_leads, config.hidden, 3, pad_mode="same")

    def crop(self, x):
        total = x.shape[-1]
        n = int(total * self.ratio)
        start = (total - n) // 2 if self.centre else 0
        return x[..., start:start + n]

    def construct(self, ecg):
        seg = self.crop(ecg)
        return self.proj(seg).mean(-1)


def make():
    np.random.seed(3758)
    x = np.random.randn(2, 12, 500).astype(np.float32)
    return RatioCropEncoder(WindowConfig()), (Tensor(x),)
