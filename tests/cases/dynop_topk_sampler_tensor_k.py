# case: top-k sampling step for an LM head with k given as a tensor input
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKSampler(nn.Cell):
    def __init__(self, dim=8, vocab=20):
        super().__init__()
        self.lm_head = nn.Dense(dim, vocab, has_bias=False)

    def construct(self, hidden, k, temperature):
        logits = self.lm_head(hidden[:, -1, :]) / temperature
        vals, idx = ops.topk(logits, k)
        probs = ops.softmax(vals, axis=-1)
        choice = ops.argmax(probs, dim=-1, keepdim=True)
        return ops.gather_elements(idx, 1, choice)


def make():
    hidden = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return TopKSampler(), (hidden, Tensor(5, ms.int64), Tensor(0.8, ms.float32))
