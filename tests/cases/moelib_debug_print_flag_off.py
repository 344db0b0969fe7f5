# case: expert-parallel combine has a debug branch printing an f-string of routing stats, but the config flag debug_routing defaults to False and is never set -> dead branch, static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CombineConfig:
    def __init__(self, hidden_size=32, num_experts=4, top_k=2, debug_routing=False):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.top_k = top_k
        self.debug_routing = debug_routing


class ExpertCombine(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.top_k = config.top_k
        self.debug_routing = config.debug_routing
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)
        self.expert_w = ms.Parameter(Tensor(np.random.randn(config.num_experts, config.hidden_size,
                                                            config.hidden_size).astype(np.float32) * 0.05),
                                     name="expert_w")

    def construct(self, hidden_states):
        probs = ops.softmax(self.gate(hidden_states), axis=-1)
        weights, indices = ops.topk(probs, self.top_k)
        if self.debug_routing:
            counts = ops.one_hot(indices, self.num_experts, Tensor(1, ms.int32), Tensor(0, ms.int32)).sum(axis=(0, 1))
            print(f"[moe] tokens per expert: {counts.asnumpy().tolist()}, max prob {float(weights.max())}")
        gathered_w = ops.gather(self.expert_w, indices.reshape(-1), 0)
        tok = ops.tile(hidden_states.expand_dims(1), (1, self.top_k, 1)).reshape(-1, 1, hidden_states.shape[-1])
        out = ops.bmm(tok, gathered_w).reshape(hidden_states.shape[0], self.top_k, -1)
        return (out * weights.expand_dims(-1)).sum(axis=1)


def make():
    np.random.seed(29)
    cell = ExpertCombine(CombineConfig())
    x = Tensor(np.random.randn(8, 32).astype(np.float32))
    return cell, (x,)
