# case: transformer label smoothing as KL divergence to a smoothed true distribution, pad rows zeroed with masked_fill -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelSmoothingKL(nn.Cell):
    def __init__(self, vocab_size=12, padding_idx=0, smoothing=0.1):
        super().__init__()
        self.vocab_size = vocab_size
        self.padding_idx = padding_idx
        self.confidence = 1.0 - smoothing
        self.smoothing = smoothing

    def _true_dist(self, target):
        fill = self.smoothing / (self.vocab_size - 2)
        dist = ops.full((target.shape[0], self.vocab_size), fill, dtype=ms.float32)
        onehot = ops.one_hot(target, self.vocab_size, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        dist = ops.where(onehot > 0, ops.full_like(dist, self.confidence), dist)
        not_pad_col = (ops.arange(self.vocab_size) != self.padding_idx).astype(ms.float32)
        dist = dist * not_pad_col
        pad_rows = (target == self.padding_idx).expand_dims(1)
        return ops.masked_fill(dist, pad_rows, 0.0)

    def construct(self, logits, target):
        logp = ops.log_softmax(logits.reshape(-1, self.vocab_size), -1)
        true_dist = self._true_dist(target.reshape(-1))
        kl = true_dist * (ops.log(ops.clamp(true_dist, min=1e-12)) - logp)
        n_tokens = (target != self.padding_idx).astype(ms.float32).sum()
        return kl.sum() / n_tokens


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(2, 4, 12).astype(np.float32))
    tgt = Tensor(np.array([[3, 5, 2, 0], [7, 0, 0, 0]], np.int32))
    return LabelSmoothingKL(), (logits, tgt)
