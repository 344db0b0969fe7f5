# case: constrained decoding adds a fixed -inf bias buffer to disallowed vocab entries and optionally an extra mask passed by the caller -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class VocabConstraint(nn.Cell):
    def __init__(self, vocab_size, allowed_ids, neg=-1e9):
        super().__init__()
        bias = np.full((vocab_size,), neg, dtype=np.float32)
        bias[list(allowed_ids)] = 0.0
        self.bias = Parameter(Tensor(bias), name="vocab_bias", requires_grad=False)
        self.neg = neg

    def construct(self, logits, extra_mask=None):
        out = logits + self.bias
        if extra_mask is not None:
            out = out + (1.0 - extra_mask.astype(ms.float32)) * self.neg
        return ops.softmax(out, axis=-1)


def make():
    np.random.seed(16)
    logits = Tensor(np.random.randn(2, 12).astype(np.float32))
    extra = Tensor(np.random.rand(2, 12) > 0.3)
    return VocabConstraint(12, allowed_ids=(0, 2, 4, 5, 9, 11)), (logits, extra)
