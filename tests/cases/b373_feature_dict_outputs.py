# case: ECG feature extractor collects named interval features (rr_mean, rr_std, qrs_energy) into a dict built in construct and returns it -> dict output from graph, outcome uncertain
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FEATURE_NAMES = ("rr_mean", "rr_std", "qrs_energy")


class FeatureConfig:
    def __init__(self, fs=250, features=FEATURE_NAMES):
        self.fs = fs
        self.features = features


class IntervalFeatures(nn.Cell):
    def __init__(self, config, **kwargs):
        super().__init__()
        self.fs = float(config.fs)
        self.features = config.features

    def construct(self, r_peaks, qrs_env):
        rr = (r_peaks[:, 1:] - r_peaks[:, :-1]) / self.fs
        feats = {}
        feats["rr_mean"] = rr.mean(-1)
        feats["rr_std"] = rr.std(-1)
        feats["qrs_energy"] = (qrs_env * qrs_env).sum(-1)
        return feats


def make():
    np.random.seed(3754)
    rr = np.random.randint(180, 230, size=(2, 7)).astype(np.float32)
    peaks = np.concatenate([np.zeros((2, 1), np.float32), np.cumsum(rr, 1)], 1)
    env = np.abs(np.random.randn(2, 300)).astype(np.float32)
    return IntervalFeatures(FeatureConfig()), (Tensor(peaks), Tensor(env))
