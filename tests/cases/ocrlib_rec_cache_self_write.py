# case: CRNN recognizer whose use_cache flag (default True, never changed) stores the last logits and sequence length on self inside construct -> rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CRNNConfig:
    def __init__(self, in_channels=3, hidden=32, num_classes=37, use_cache=True):
        self.in_channels = in_channels
        self.hidden = hidden
        self.num_classes = num_classes
        self.use_cache = use_cache


class CachingMixin:
    def _remember(self, logits):
        self.last_logits = logits
        self.last_seq_len = logits.shape[1]


class CRNN(nn.Cell, CachingMixin):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self.backbone = nn.SequentialCell([
            nn.Conv2d(config.in_channels, 16, 3), nn.ReLU(), nn.MaxPool2d(2, 2),
            nn.Conv2d(16, config.hidden, 3), nn.ReLU(), nn.MaxPool2d((4, 1), (4, 1)),
        ])
        self.rnn = nn.LSTM(config.hidden, config.hidden // 2, batch_first=True, bidirectional=True)
        self.head = nn.Dense(config.hidden, config.num_classes)
        self.last_logits = None

    def construct(self, images):
        feats = self.backbone(images)
        feats = feats.squeeze(2).transpose(0, 2, 1)
        seq, _ = self.rnn(feats)
        logits = self.head(seq)
        if self.use_cache:
            self._remember(logits)
        return logits


def make():
    np.random.seed(17)
    imgs = Tensor(np.random.rand(2, 3, 8, 64).astype(np.float32))
    return CRNN(CRNNConfig()), (imgs,)
