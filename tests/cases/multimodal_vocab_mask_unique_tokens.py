# case: caption decoder restricts logits to the vocabulary of tokens seen in the reference captions via ops.unique -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConstrainedVocabHead(nn.Cell):
    def __init__(self, hidden=16, vocab_size=30):
        super().__init__()
        self.proj = nn.Dense(hidden, vocab_size)
        self.vocab_size = vocab_size

    def allowed_mask(self, ref_tokens):
        seen, _ = ops.unique(ref_tokens.reshape(-1))
        mask = ops.zeros((self.vocab_size,), ms.float32)
        return ops.tensor_scatter_update(mask, seen.expand_dims(-1), ops.ones_like(seen).astype(ms.float32))

    def construct(self, hidden, ref_tokens):
        logits = self.proj(hidden)
        mask = self.allowed_mask(ref_tokens)
        return logits + (1.0 - mask) * -1e4


def make():
    np.random.seed(27)
    net = ConstrainedVocabHead()
    h = Tensor(np.random.randn(2, 16).astype(np.float32))
    refs = Tensor(np.random.randint(0, 30, (3, 6)).astype(np.int32))
    return net, (h, refs)
