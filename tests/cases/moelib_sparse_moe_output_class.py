# case: sparse MoE block returns a plain Python output class (return_dict=True in the config) built inside construct -> Graph mode may reject returning a custom object
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoEConfig:
    def __init__(self, hidden_size=32, intermediate_size=64, num_experts=4, top_k=2, return_dict=True):
        self.hidden_size = hidden_size
        self.intermediate_size = intermediate_size
        self.num_experts = num_experts
        self.top_k = top_k
        self.return_dict = return_dict


class MoEModelOutput:
    def __init__(self, last_hidden_state, router_logits=None, aux_loss=None):
        self.last_hidden_state = last_hidden_state
        self.router_logits = router_logits
        self.aux_loss = aux_loss


class FeedForwardExpert(nn.Cell):
    def __init__(self, hidden, inter):
        super().__init__()
        self.up = nn.Dense(hidden, inter)
        self.down = nn.Dense(inter, hidden)
        self.act = nn.GELU()

    def construct(self, x):
        return self.down(self.act(self.up(x)))


class SparseMoEBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.num_experts = config.num_experts
        self.top_k = config.top_k
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)
        self.experts = nn.CellList([FeedForwardExpert(config.hidden_size, config.intermediate_size)
                                    for _ in range(config.num_experts)])

    def construct(self, hidden_states, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.config.return_dict
        router_logits = self.gate(hidden_states)
        probs = ops.softmax(router_logits, axis=-1)
        weights, indices = ops.topk(probs, self.top_k)
        weights = weights / weights.sum(axis=-1, keepdims=True)
        dense_w = (ops.one_hot(indices, self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
                   * weights.expand_dims(-1)).sum(axis=1)
        out = ops.zeros_like(hidden_states)
        for e, expert in enumerate(self.experts):
            out = out + expert(hidden_states) * dense_w[:, e:e + 1]
        aux_loss = (probs.mean(axis=0) * dense_w.mean(axis=0)).sum() * self.num_experts
        if not return_dict:
            return out, router_logits, aux_loss
        return MoEModelOutput(out, router_logits=router_logits, aux_loss=aux_loss)


def make():
    np.random.seed(13)
    block = SparseMoEBlock(MoEConfig())
    x = Tensor(np.random.randn(10, 32).astype(np.float32))
    return block, (x,)
