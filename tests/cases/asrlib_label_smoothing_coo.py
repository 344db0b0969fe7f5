# case: label-smoothing loss for the attention decoder builds the smoothed target distribution as a COOTensor from the target ids and densifies it with to_dense -> sparse tensor in construct, error or unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    def __init__(self, vocab_size=12, smoothing=0.1, ignore_id=-1, normalize_length=False):
        self.vocab_size = vocab_size
        self.smoothing = smoothing
        self.ignore_id = ignore_id
        self.normalize_length = normalize_length


class LabelSmoothingLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.size = config.vocab_size
        self.confidence = 1.0 - config.smoothing
        self.smoothing = config.smoothing
        self.ignore_id = config.ignore_id
        self.normalize_length = config.normalize_length

    def _true_dist(self, target):
        n = target.shape[0]
        rows = ops.arange(n, dtype=ms.int32)
        indices = ops.stack([rows, target.astype(ms.int32)], axis=1)
        values = ops.full((n,), self.confidence - self.smoothing / (self.size - 1), dtype=ms.float32)
        peaks = ms.COOTensor(indices, values, (n, self.size)).to_dense()
        return peaks + self.smoothing / (self.size - 1)

    def construct(self, x, target):
        batch_size = x.shape[0]
        x = x.view(-1, self.size)
        target = target.view(-1)
        ignore = target == self.ignore_id
        target = ops.where(ignore, ops.zeros_like(target), target)
        true_dist = self._true_dist(target)
        logp = ops.log_softmax(x, axis=1)
        kl = true_dist * (ops.log(true_dist) - logp)
        kl = kl * (~ignore).astype(kl.dtype).expand_dims(1)
        denom = (~ignore).sum() if self.normalize_length else batch_size
        return kl.sum() / denom


def make():
    np.random.seed(30)
    logits = Tensor(np.random.randn(2, 5, 12).astype(np.float32))
    target = np.random.randint(0, 12, (2, 5)).astype(np.int32)
    target[1, 3:] = -1
    return LabelSmoothingLoss(LossConfig()), (logits, Tensor(target))
