# case: mean-pools padded variable-length series with a sequence mask built by comparing arange with lengths -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sequence_mask(lengths, max_len):
    steps = ops.arange(max_len, dtype=lengths.dtype)
    return steps.expand_dims(0) < lengths.expand_dims(1)


class MaskedMeanPoolClassifier(nn.Cell):
    def __init__(self, in_channels=2, hidden=8, num_classes=3):
        super().__init__()
        self.embed = nn.Dense(in_channels, hidden)
        self.act = nn.ReLU()
        self.cls = nn.Dense(hidden, num_classes)

    def construct(self, x, lengths):
        h = self.act(self.embed(x))                       # (B, T, H)
        mask = sequence_mask(lengths, x.shape[1]).astype(h.dtype)
        summed = (h * mask.expand_dims(-1)).sum(axis=1)
        denom = ops.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        return self.cls(summed / denom)


def make():
    np.random.seed(22)
    x = Tensor(np.random.randn(3, 10, 2).astype(np.float32))
    lengths = Tensor(np.array([10, 4, 7], dtype=np.int32))
    return MaskedMeanPoolClassifier(), (x, lengths)
