# case: keep the k strongest R-peak candidates with ops.topk where k comes from a plain Python config object, then sort positions -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectorConfig:
    def __init__(self, fs=64, max_beats=4, smooth=3):
        self.fs = fs
        self.max_beats = max_beats
        self.smooth = smooth


class TopKPeaks(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.k = cfg.max_beats
        self.fs = cfg.fs
        self.pool = nn.MaxPool1d(kernel_size=cfg.smooth, stride=1, pad_mode="same")

    def construct(self, ecg):
        # ecg: (batch, n_samples)
        energy = (ecg * ecg).expand_dims(1)
        local = self.pool(energy).squeeze(1)
        is_max = (energy.squeeze(1) >= local).astype(ms.float32)
        score = energy.squeeze(1) * is_max
        values, pos = ops.topk(score, self.k)
        pos_sorted, _ = ops.sort(pos.astype(ms.float32), axis=-1)
        rr = (pos_sorted[:, 1:] - pos_sorted[:, :-1]) / self.fs
        return values, 60.0 / rr.mean(axis=-1)


def make():
    np.random.seed(31)
    ecg = 0.2 * np.random.randn(2, 96)
    ecg[:, [10, 35, 60, 85]] += 1.0
    return TopKPeaks(DetectorConfig()), (Tensor(ecg.astype(np.float32)),)
