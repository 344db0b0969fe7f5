# case: Switch-style model computes the load-balancing auxiliary loss only when output_router_logits is set, concatenating per-layer router logits behind an isinstance(tuple) guard; outputs tuple length depends on flags -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwitchConfig:
    def __init__(self, hidden_size=32, num_experts=4, num_layers=2, top_k=2,
                 output_router_logits=True, router_aux_loss_coef=0.01):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.num_layers = num_layers
        self.top_k = top_k
        self.output_router_logits = output_router_logits
        self.router_aux_loss_coef = router_aux_loss_coef


def load_balancing_loss(gate_logits, num_experts, top_k):
    if isinstance(gate_logits, (list, tuple)):
        gate_logits = ops.cat(gate_logits, axis=0)
    probs = ops.softmax(gate_logits, axis=-1)
    _, selected = ops.topk(probs, top_k)
    mask = ops.one_hot(selected, num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    tokens_per_expert = mask.mean(axis=0)
    router_prob_per_expert = probs.mean(axis=0)
    return (tokens_per_expert * router_prob_per_expert.expand_dims(0)).sum() * num_experts


class MoELayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.router = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)
        self.ffn = nn.Dense(config.hidden_size, config.hidden_size)

    def construct(self, x):
        logits = self.router(x)
        return x + self.ffn(x) * ops.sigmoid(logits.max(axis=-1, keepdims=True)), logits


class SwitchStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.layers = nn.CellList([MoELayer(config) for _ in range(config.num_layers)])
        self.output_router_logits = config.output_router_logits

    def construct(self, hidden_states, output_router_logits=None):
        if output_router_logits is None:
            output_router_logits = self.output_router_logits
        all_router_logits = ()
        for layer in self.layers:
            hidden_states, logits = layer(hidden_states)
            if output_router_logits:
                all_router_logits = all_router_logits + (logits,)
        aux_loss = None
        if output_router_logits:
            aux_loss = self.config.router_aux_loss_coef * load_balancing_loss(
                all_router_logits, self.config.num_experts, self.config.top_k)
        outputs = (hidden_states,)
        if aux_loss is not None:
            outputs = outputs + (aux_loss,) + all_router_logits
        return outputs


def make():
    np.random.seed(27)
    model = SwitchStack(SwitchConfig())
    x = Tensor(np.random.randn(10, 32).astype(np.float32))
    return model, (x,)
