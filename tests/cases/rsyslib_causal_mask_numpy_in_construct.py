# case: SASRec attention builds its causal mask inside construct with np.tril on the current sequence length (a shape) -> NumPy inside construct; LAX may fold it as a constant, STRICT should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SASRecConfig:
    hidden = 16
    n_blocks = 2
    causal = True


class CausalScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.query = nn.Dense(config.hidden, config.hidden)
        self.key = nn.Dense(config.hidden, config.hidden)
        self.causal = config.causal

    def _attention_mask(self, seq_len):
        if self.causal:
            return Tensor(np.tril(np.ones((seq_len, seq_len), dtype=np.float32)))
        return ops.ones((seq_len, seq_len), ms.float32)

    def construct(self, h):
        seq_len = h.shape[1]
        scores = ops.matmul(self.query(h), self.key(h).swapaxes(1, 2))
        allow = self._attention_mask(seq_len)
        scores = scores * allow + (1.0 - allow) * -1e9
        return ops.softmax(scores, axis=-1)


def make():
    np.random.seed(3577)
    h = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return CausalScorer(SASRecConfig()), (h,)
