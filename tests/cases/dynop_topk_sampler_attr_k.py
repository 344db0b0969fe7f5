# case: top-k sampling with k stored on the Cell in __init__ (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKSampler(nn.Cell):
    def __init__(self, dim=8, vocab=20, top_k=5):
        super().__init__()
        self.lm_head = nn.Dense(dim, vocab, has_bias=False)
        self.top_k = top_k

    def construct(self, hidden, temperature):
        logits = self.lm_head(hidden[:, -1, :]) / temperature
        vals, idx = ops.topk(logits, self.top_k)
        probs = ops.softmax(vals, axis=-1)
        choice = ops.argmax(probs, dim=-1, keepdim=True)
        return ops.gather_elements(idx, 1, choice)


def make():
    hidden = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return TopKSampler(), (hidden, Tensor(0.8, ms.float32))
