# case: router that blanks padded tokens' logits and drops capacity-overflow assignments with boolean-mask item assignment (logits[mask] = value) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddingAwareRouter(nn.Cell):
    def __init__(self, dim=8, num_experts=4, capacity=3, pad_logit=-1e4):
        super().__init__()
        self.num_experts = num_experts
        self.capacity = capacity
        self.pad_logit = pad_logit
        self.proj = nn.Dense(dim, num_experts, has_bias=False)

    def _overflow(self, probs):
        choice = ops.one_hot(ops.argmax(probs, dim=-1), self.num_experts,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        position = ops.cumsum(choice, axis=0) * choice
        return position > self.capacity

    def construct(self, x, token_mask):
        logits = self.proj(x)
        pad = (token_mask == 0).expand_dims(-1).broadcast_to(logits.shape)
        logits[pad] = self.pad_logit
        probs = ops.softmax(logits, axis=-1)
        probs[self._overflow(probs)] = 0.0
        return probs


def make():
    np.random.seed(39)
    x = Tensor(np.random.randn(10, 8).astype(np.float32))
    mask = Tensor(np.array([1] * 8 + [0] * 2, dtype=np.int32))
    return PaddingAwareRouter(), (x, mask)
