# case: crash classifier frees the raw accelerometer window with del and wraps the scoring in a `with` block for a no-op context -> del/with statements in construct
import contextlib
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrashClassifier(nn.Cell):
    def __init__(self, window=64, hidden=16):
        super().__init__()
        self.conv = nn.Conv1d(3, 8, kernel_size=5, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool1d(1)
        self.fc = nn.Dense(8, 2)
        self.window = window

    def construct(self, acc):
        raw = acc.transpose(0, 2, 1)
        feat = ops.relu(self.conv(raw))
        del raw
        with contextlib.suppress(ValueError):
            logits = self.fc(self.pool(feat).squeeze(-1))
        return ops.softmax(logits, axis=-1)


def make():
    np.random.seed(201)
    acc = np.random.normal(0, 2.0, size=(4, 64, 3)).astype(np.float32)
    acc[1, 30:36] *= 15.0
    return CrashClassifier(), (Tensor(acc),)
