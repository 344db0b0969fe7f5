# case: grammar-constrained decoding selects the allowed logits and token ids with ops.masked_select and picks the best allowed token -> masked_select output length depends on the mask values; expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GrammarConfig:
    def __init__(self, vocab_size=40, temperature=1.0):
        self.vocab_size = vocab_size
        self.temperature = temperature


class ConstrainedPicker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.vocab_ids = Tensor(np.arange(config.vocab_size), ms.int32)
        self.temperature = config.temperature

    def _allowed(self, logits, allowed_mask):
        scores = ops.masked_select(logits, allowed_mask)
        ids = ops.masked_select(self.vocab_ids, allowed_mask)
        return scores, ids

    def construct(self, logits, allowed_mask):
        scores, ids = self._allowed(logits / self.temperature, allowed_mask)
        best = ops.argmax(scores)
        return ids[best], scores.shape[0]


def make():
    np.random.seed(3654)
    logits = Tensor(np.random.randn(40).astype(np.float32))
    allowed = np.zeros(40, bool)
    allowed[[1, 4, 9, 16, 25, 36]] = True
    return ConstrainedPicker(GrammarConfig()), (logits, Tensor(allowed))
