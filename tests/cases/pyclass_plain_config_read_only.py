# case: audio tagger reads hyper-parameters from a plain Python config object stored on self (read-only, scalars) inside construct; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AudioConfig:
    def __init__(self, n_mels=8, n_classes=3, temperature=2.0, use_log=True):
        self.n_mels = n_mels
        self.n_classes = n_classes
        self.temperature = temperature
        self.use_log = use_log


class Net(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else AudioConfig()
        self.fc = nn.Dense(self.cfg.n_mels, self.cfg.n_classes)

    def construct(self, mel):
        if self.cfg.use_log:
            mel = ops.log(mel + 1e-6)
        pooled = mel.mean(axis=1)
        logits = self.fc(pooled) / self.cfg.temperature
        return ops.softmax(logits, axis=-1)


def make():
    return Net(), (Tensor(np.random.rand(2, 5, 8).astype(np.float32)),)
