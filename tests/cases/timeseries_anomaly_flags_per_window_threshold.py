# case: per-window anomaly threshold (mean + k*std of window scores) with fixed-size flags via ops.select and masked counts -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerWindowThreshold(nn.Cell):
    def __init__(self, window=10, k=2.5, min_score=0.0):
        super().__init__()
        self.window = window
        self.k = k
        self.min_score = min_score

    def construct(self, scores):
        # scores: (B, T) with T divisible by window
        b, t = scores.shape
        w = scores.reshape(b, t // self.window, self.window)
        thr = w.mean(axis=-1, keep_dims=True) + self.k * w.std(axis=-1, keepdims=True)
        thr = ops.maximum(thr, self.min_score)
        flags = w > thr
        flagged = ops.select(flags, w, ops.zeros_like(w))
        per_window = flags.astype(ms.int32).sum(axis=-1)
        return flagged.reshape(b, t), per_window


class ReconstructionAnomaly(nn.Cell):
    def __init__(self, channels=2):
        super().__init__()
        self.recon = nn.Conv1d(channels, channels, kernel_size=5, pad_mode="same")
        self.threshold = PerWindowThreshold()

    def construct(self, x):
        err = ops.square(self.recon(x) - x).mean(axis=1)
        return self.threshold(err)


def make():
    np.random.seed(28)
    x = np.random.randn(2, 2, 40).astype(np.float32)
    x[:, :, 17] += 8.0
    return ReconstructionAnomaly(), (Tensor(x),)
