# case: sparse MoE block has a return_dict path building an output class, but the config default return_dict=False is never changed; outputs tuple grows with output_router_logits -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoEConfig:
    def __init__(self, hidden_size=32, num_experts=4, top_k=2, output_router_logits=True, use_return_dict=False):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.top_k = top_k
        self.output_router_logits = output_router_logits
        self.use_return_dict = use_return_dict


class MoECausalOutput:
    def __init__(self, hidden_states, router_logits=None):
        self.hidden_states = hidden_states
        self.router_logits = router_logits


class SparseMoEBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.top_k = config.top_k
        self.output_router_logits = config.output_router_logits
        self.use_return_dict = config.use_return_dict
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)
        self.experts = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size) for _ in range(config.num_experts)])

    def _combine_weights(self, router_logits):
        probs = ops.softmax(router_logits, axis=-1)
        weights, indices = ops.topk(probs, self.top_k)
        weights = weights / weights.sum(axis=-1, keepdims=True)
        one_hot = ops.one_hot(indices, self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return (one_hot * weights.expand_dims(-1)).sum(axis=1)

    def construct(self, hidden_states):
        router_logits = self.gate(hidden_states)
        combine = self._combine_weights(router_logits)
        expert_outs = ops.stack([expert(hidden_states) for expert in self.experts], axis=1)
        out = (expert_outs * combine.expand_dims(-1)).sum(axis=1)
        if self.use_return_dict:
            return MoECausalOutput(out, router_logits if self.output_router_logits else None)
        outputs = (out,) + (router_logits,) if self.output_router_logits else (out,)
        return outputs


def make():
    np.random.seed(14)
    block = SparseMoEBlock(MoEConfig())
    x = Tensor(np.random.randn(10, 32).astype(np.float32))
    return block, (x,)
