# case: router computes z-loss and, with log_router_stats enabled in the config, converts the expert load to NumPy via .asnumpy() inside a logging helper -> asnumpy in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouterConfig:
    def __init__(self, hidden_size=32, num_experts=4, top_k=2, router_z_loss_coef=1e-3, log_router_stats=True):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.top_k = top_k
        self.router_z_loss_coef = router_z_loss_coef
        self.log_router_stats = log_router_stats


def router_z_loss(router_logits):
    log_z = ops.logsumexp(router_logits, dim=-1)
    return (log_z ** 2).mean()


class RouterStatsMixin:
    def _expert_load(self, expert_mask):
        load = expert_mask.sum(axis=0).asnumpy()
        return Tensor(load / max(load.sum(), 1.0), ms.float32)


class LoggedTopKRouter(nn.Cell, RouterStatsMixin):
    def __init__(self, config):
        super().__init__()
        self.top_k = config.top_k
        self.num_experts = config.num_experts
        self.z_coef = config.router_z_loss_coef
        self.log_router_stats = config.log_router_stats
        self.classifier = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)

    def construct(self, hidden_states):
        logits = self.classifier(hidden_states)
        weights, indices = ops.topk(ops.softmax(logits, axis=-1), self.top_k)
        expert_mask = ops.one_hot(indices, self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(axis=1)
        z_loss = self.z_coef * router_z_loss(logits)
        if self.log_router_stats:
            load = self._expert_load(expert_mask)
        else:
            load = expert_mask.mean(axis=0)
        return weights, indices, z_loss, load


def make():
    np.random.seed(25)
    router = LoggedTopKRouter(RouterConfig())
    x = Tensor(np.random.randn(16, 32).astype(np.float32))
    return router, (x,)
