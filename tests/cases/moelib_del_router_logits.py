# case: memory-conscious MoE layer deletes the router logits and the full expert output stack with `del` once the combine is done -> del statement in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoEConfig:
    def __init__(self, hidden_size=32, num_experts=4, top_k=1, return_router_logits=False):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.top_k = top_k
        self.return_router_logits = return_router_logits


class Top1MoE(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.return_router_logits = config.return_router_logits
        self.router = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)
        self.experts = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size)
                                    for _ in range(config.num_experts)])

    def construct(self, hidden_states):
        router_logits = self.router(hidden_states)
        gate, expert_ids = ops.max(ops.softmax(router_logits, axis=-1), axis=-1)
        stacked = ops.stack([e(hidden_states) for e in self.experts], axis=1)
        mask = ops.one_hot(expert_ids, self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        out = (stacked * mask.expand_dims(-1)).sum(axis=1) * gate.expand_dims(-1)
        del stacked
        if not self.return_router_logits:
            del router_logits
            return out
        return out, router_logits


def make():
    np.random.seed(44)
    moe = Top1MoE(MoEConfig())
    x = Tensor(np.random.randn(10, 32).astype(np.float32))
    return moe, (x,)
