# case: per-frame argmax keyword ids deduplicated with unique to list detected keywords -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeywordClassifier(nn.Cell):
    def __init__(self, n_mels=16, hidden=24, n_keywords=6):
        super().__init__()
        self.conv = nn.Conv1d(n_mels, hidden, 3, pad_mode="same", has_bias=True)
        self.out = nn.Conv1d(hidden, n_keywords, 1, has_bias=True)

    def construct(self, mel):
        return self.out(ops.relu(self.conv(mel)))


class DetectedKeywords(nn.Cell):
    def __init__(self, filler_id=0):
        super().__init__()
        self.net = KeywordClassifier()
        self.filler_id = filler_id

    def construct(self, mel):
        logits = self.net(mel)[0]          # (K, T)
        frame_ids = ops.argmax(logits, dim=0)
        frame_ids = frame_ids.astype(ms.int32)
        kw, _ = ops.unique(frame_ids)
        return kw


def make():
    np.random.seed(3)
    mel = np.random.randn(1, 16, 30).astype(np.float32)
    return DetectedKeywords(), (Tensor(mel),)
