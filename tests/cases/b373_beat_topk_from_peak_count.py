# case: R-peak detector keeps as many top-scoring beats as the signal has local maxima above threshold (k from int(tensor)) -> topk with a data-dependent k, expected error/dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_FS = 250


class BeatConfig:
    def __init__(self, fs=DEFAULT_FS, peak_threshold=0.6, smooth_kernel=5, return_dict=False):
        self.fs = fs
        self.peak_threshold = peak_threshold
        self.smooth_kernel = smooth_kernel
        self.return_dict = return_dict


class PeakScoreMixin:
    def _peak_scores(self, sig):
        left = ops.concat((sig[:, :1], sig[:, :-1]), -1)
        right = ops.concat((sig[:, 1:], sig[:, -1:]), -1)
        is_peak = ops.logical_and(sig >= left, sig >= right)
        return sig * is_peak.astype(sig.dtype)


class RPeakDetector(nn.Cell, PeakScoreMixin):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.peak_threshold
        self.return_dict = config.return_dict
        self.smooth = nn.AvgPool1d(kernel_size=config.smooth_kernel, stride=1, pad_mode="same")

    def _select_beats(self, scores):
        n_beats = int((scores > self.threshold).sum())
        values, idx = ops.topk(scores[0], n_beats)
        return values, idx

    def construct(self, ecg):
        env = self.smooth(ops.abs(ecg).expand_dims(1)).squeeze(1)
        scores = self._peak_scores(env)
        values, idx = self._select_beats(scores)
        return values, idx


def make():
    np.random.seed(3731)
    t = np.arange(500) / DEFAULT_FS
    sig = np.sin(2 * np.pi * 1.2 * t) ** 15 + 0.05 * np.random.randn(500)
    ecg = Tensor(sig[None, :].astype(np.float32))
    return RPeakDetector(BeatConfig()), (ecg,)
