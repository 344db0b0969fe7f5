# case: SAR-style 2D attention decoder accepting features as a Tensor or a list/tuple of levels (isinstance guard), an Optional valid_ratios argument, and teacher forcing only under self.training -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SARConfig:
    def __init__(self, channels=16, hidden=16, num_classes=30, max_len=5):
        self.channels = channels
        self.hidden = hidden
        self.num_classes = num_classes
        self.max_len = max_len


class SARDecoder(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.max_len = cfg.max_len
        self.embed = nn.Embedding(cfg.num_classes, cfg.hidden)
        self.rnn = nn.LSTMCell(cfg.hidden, cfg.hidden)
        self.key = nn.Conv2d(cfg.channels, cfg.hidden, 1)
        self.out = nn.Dense(cfg.hidden + cfg.channels, cfg.num_classes)

    def _glimpse(self, feat, keys, h, valid_w):
        score = (keys * h.reshape(h.shape[0], -1, 1, 1)).sum(axis=1)
        if valid_w is not None:
            col = ops.arange(score.shape[-1]).astype(ms.float32).reshape(1, 1, -1)
            score = ops.where(col < valid_w.reshape(-1, 1, 1), score, ops.full_like(score, -1e4))
        alpha = ops.softmax(score.reshape(score.shape[0], -1), axis=-1).reshape(score.shape)
        return (feat * alpha.expand_dims(1)).sum(axis=(2, 3))

    def construct(self, feats, targets=None, valid_ratios=None):
        if isinstance(feats, (list, tuple)):
            feats = feats[-1]
        b, _, _, w = feats.shape
        keys = self.key(feats)
        valid_w = None if valid_ratios is None else valid_ratios * w
        h = ops.zeros((b, keys.shape[1]), ms.float32)
        c = ops.zeros((b, keys.shape[1]), ms.float32)
        token = ops.zeros((b,), ms.int32)
        logits = []
        for t in range(self.max_len):
            h, c = self.rnn(self.embed(token), (h, c))
            step = self.out(ops.concat((h, self._glimpse(feats, keys, h, valid_w)), axis=-1))
            logits.append(step)
            if self.training and targets is not None:
                token = targets[:, t]
            else:
                token = ops.argmax(step, dim=-1).astype(ms.int32)
        return ops.stack(logits, axis=1)


def make():
    np.random.seed(40)
    feats = [Tensor(np.random.randn(2, 16, 4, 12).astype(np.float32)) for _ in range(2)]
    ratios = Tensor(np.array([1.0, 0.6], np.float32))
    return SARDecoder(SARConfig()), (feats, None, ratios)
