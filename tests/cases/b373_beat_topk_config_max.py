# case: R-peak detector keeps config.max_beats top-scoring beats; training branch adds jitter -> k is a Python int from config, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class DetectorConfig:
    max_beats = 8
    peak_threshold = 0.6
    jitter_std = 0.01
    output_scores = False


def local_max_mask(sig):
    left = ops.concat((sig[:, :1], sig[:, :-1]), -1)
    right = ops.concat((sig[:, 1:], sig[:, -1:]), -1)
    return ops.logical_and(sig >= left, sig >= right)


class TopBeatDetector(nn.Cell):
    def __init__(self, config, max_beats: Optional[int] = None):
        super().__init__()
        self.max_beats = config.max_beats if max_beats is None else max_beats
        self.threshold = config.peak_threshold
        self.jitter_std = config.jitter_std
        self.output_scores = getattr(config, "output_scores", False)

    def construct(self, ecg):
        if self.training:
            ecg = ecg + self.jitter_std * ops.randn_like(ecg)
        mask = local_max_mask(ecg)
        above = ecg > self.threshold
        scores = ops.where(ops.logical_and(mask, above), ecg, ops.zeros_like(ecg))
        n_keep = min(self.max_beats, ecg.shape[-1])
        values, idx = ops.topk(scores, n_keep)
        idx, _ = ops.sort(idx.astype(ms.float32), axis=-1)
        outputs = (idx,) + (values,) if self.output_scores else (idx,)
        return outputs


def make():
    np.random.seed(3732)
    t = np.arange(600) / 250.0
    sig = np.sin(2 * np.pi * 1.1 * t) ** 21 + 0.03 * np.random.randn(2, 600)
    net = TopBeatDetector(DetectorConfig())
    net.set_train(False)
    return net, (Tensor(sig.astype(np.float32)),)
