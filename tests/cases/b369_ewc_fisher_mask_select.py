# case: EWC regulariser penalises only "important" weights by boolean-indexing the stored Fisher diagonal inside a mixin helper -> boolean mask indexing has a data-dependent shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EWCConfig:
    def __init__(self, ewc_lambda=100.0, fisher_threshold=0.05, online=False):
        self.ewc_lambda = ewc_lambda
        self.fisher_threshold = fisher_threshold
        self.online = online


class ConsolidationMixin:
    def _important_penalty(self, weight, anchor, fisher):
        keep = fisher > self.fisher_threshold
        diff = (weight - anchor)[keep]
        return (fisher[keep] * diff * diff).sum()


class EWCLinear(ConsolidationMixin, nn.Cell):
    def __init__(self, config, in_dim=16, out_dim=4):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)
        self.ewc_lambda = config.ewc_lambda
        self.fisher_threshold = config.fisher_threshold
        self._register_consolidation(in_dim, out_dim)

    def _register_consolidation(self, in_dim, out_dim):
        anchor = np.random.randn(out_dim, in_dim).astype(np.float32) * 0.02
        fisher = np.abs(np.random.randn(out_dim, in_dim)).astype(np.float32) * 0.1
        self.anchor = Parameter(Tensor(anchor), name="ewc_anchor", requires_grad=False)
        self.fisher = Parameter(Tensor(fisher), name="ewc_fisher", requires_grad=False)

    def construct(self, x, y):
        logits = self.fc(x)
        ce = ops.cross_entropy(logits, y)
        penalty = self._important_penalty(self.fc.weight, self.anchor, self.fisher)
        return ce + 0.5 * self.ewc_lambda * penalty


def make():
    np.random.seed(5)
    net = EWCLinear(EWCConfig())
    x = Tensor(np.random.randn(6, 16).astype(np.float32))
    y = Tensor(np.random.randint(0, 4, size=(6,)).astype(np.int32))
    return net, (x, y)
