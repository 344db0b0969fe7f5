# case: variable-length clip encoder averages only the valid (non-padded) frames, selecting them with boolean-mask indexing in a base-class helper -> boolean indexing gives a data-dependent shape, expected dynamic or rejected
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    n_mels = 32
    hidden_size = 24
    n_classes = 4


class MaskedPoolingBase(nn.Cell):
    def _masked_mean(self, hidden, valid_mask: Optional[Tensor] = None):
        if valid_mask is None:
            return hidden.mean(axis=0)
        valid_frames = hidden[valid_mask]
        return valid_frames.mean(axis=0)


class ClipEncoder(MaskedPoolingBase):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.n_mels, config.hidden_size, activation="relu")
        self.head = nn.Dense(config.hidden_size, config.n_classes)

    def construct(self, logmel, valid_mask=None):
        # logmel: (T, n_mels) single clip; valid_mask: (T,) bool
        hidden = self.proj(logmel)
        pooled = self._masked_mean(hidden, valid_mask)
        return ops.sigmoid(self.head(pooled))


def make():
    np.random.seed(3814)
    logmel = Tensor(np.random.randn(40, 32).astype(np.float32))
    mask = np.zeros(40, dtype=np.bool_)
    mask[:27] = True
    return ClipEncoder(EncoderConfig()), (logmel, Tensor(mask))
