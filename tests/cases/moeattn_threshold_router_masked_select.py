# case: confidence-threshold router that drops low-confidence tokens with masked_select before the expert FFN -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdRouter(nn.Cell):
    def __init__(self, dim=16, num_experts=4, threshold=0.3):
        super().__init__()
        self.threshold = threshold
        self.proj = nn.Dense(dim, num_experts)

    def construct(self, tokens):
        probs = ops.softmax(self.proj(tokens), axis=-1)
        conf = probs.max(axis=-1)
        return probs, conf > self.threshold


class DroppingMoE(nn.Cell):
    def __init__(self, dim=16, hidden=32, num_experts=4, threshold=0.3):
        super().__init__()
        self.router = ThresholdRouter(dim, num_experts, threshold)
        self.ffn = nn.SequentialCell([nn.Dense(dim, hidden), nn.ReLU(), nn.Dense(hidden, dim)])

    def _keep_tokens(self, tokens, keep):
        full_mask = keep.expand_dims(-1).broadcast_to(tokens.shape)
        return ops.masked_select(tokens, full_mask).reshape(-1, tokens.shape[-1])

    def construct(self, x):
        tokens = x.reshape(-1, x.shape[-1])
        probs, keep = self.router(tokens)
        kept = self._keep_tokens(tokens, keep)
        expert_out = self.ffn(kept)
        drop_rate = 1.0 - keep.astype(ms.float32).mean()
        return expert_out.mean(axis=0), drop_rate


def make():
    np.random.seed(2)
    ms.set_seed(2)
    x = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return DroppingMoE(), (x,)
