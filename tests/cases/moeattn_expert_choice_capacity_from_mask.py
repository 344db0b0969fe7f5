# case: expert-choice routing where each expert's capacity is derived from the count of non-padding tokens and fed to topk as k -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExpertChoiceRouter(nn.Cell):
    def __init__(self, dim=8, num_experts=4, capacity_factor=2.0):
        super().__init__()
        self.num_experts = num_experts
        self.capacity_factor = capacity_factor
        self.router = nn.Dense(dim, num_experts, has_bias=False)
        self.expert_proj = nn.Dense(dim, dim)

    def _capacity(self, attention_mask):
        n_real = ops.count_nonzero(attention_mask)
        cap = (n_real.astype(ms.float32) * self.capacity_factor / self.num_experts).astype(ms.int32)
        return ops.maximum(cap, 1)

    def construct(self, x, attention_mask):
        logits = self.router(x)
        logits = ops.masked_fill(logits, (attention_mask == 0).expand_dims(-1), -1e4)
        affinity = ops.softmax(logits, axis=0).T
        capacity = self._capacity(attention_mask)
        gates, token_idx = ops.topk(affinity, int(capacity))
        expert_in = ops.gather(x, token_idx.reshape(-1), 0).reshape(self.num_experts, -1, x.shape[-1])
        expert_out = self.expert_proj(expert_in) * gates.expand_dims(-1)
        out = ops.zeros_like(x)
        out = ops.tensor_scatter_add(out, token_idx.reshape(-1, 1), expert_out.reshape(-1, x.shape[-1]))
        return out


def make():
    np.random.seed(14)
    x = Tensor(np.random.randn(8, 8).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 1, 1, 1, 0, 0], dtype=np.int32))
    return ExpertChoiceRouter(), (x, mask)
