# case: restricts sampling to an allowed vocabulary by boolean-mask indexing logits[allowed] and mapping back through the allowed ids -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConstrainedGreedy(nn.Cell):
    def __init__(self, vocab_size=20):
        super().__init__()
        self.vocab_ids = Tensor(np.arange(vocab_size, dtype=np.int32))

    def construct(self, logits, allowed):
        allowed_logits = logits[allowed]
        allowed_ids = self.vocab_ids[allowed]
        best = ops.argmax(allowed_logits, dim=0)
        return allowed_ids[best]


def make():
    np.random.seed(15)
    logits = Tensor(np.random.randn(20).astype(np.float32))
    allowed = np.zeros(20, dtype=np.bool_)
    allowed[[2, 3, 8, 13, 17]] = True
    return ConstrainedGreedy(), (logits, Tensor(allowed))
