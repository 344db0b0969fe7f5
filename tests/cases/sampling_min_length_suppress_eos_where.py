# case: min-length processor suppresses the EOS logit while the tensor cur_len is below min_length using ops.where over a fixed one-hot EOS mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MinLengthLogitsProcessor(nn.Cell):
    def __init__(self, min_length=5, eos_token_id=2, vocab_size=16):
        super().__init__()
        self.min_length = min_length
        mask = np.zeros((1, vocab_size), dtype=np.bool_)
        mask[0, eos_token_id] = True
        self.eos_mask = Tensor(mask)

    def construct(self, logits, cur_len):
        too_short = cur_len < self.min_length
        suppress = ops.logical_and(self.eos_mask, too_short)
        return ops.where(suppress, ops.full_like(logits, -1e9), logits)


def make():
    np.random.seed(36)
    logits = Tensor(np.random.randn(4, 16).astype(np.float32))
    return MinLengthLogitsProcessor(), (logits, Tensor(3, ms.int32))
