# case: apply a rule table of risky ports by looping over the constant (port, risk) pairs from the constructor and taking elementwise maxima -> constant loop, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RuleBasedPortRisk(nn.Cell):
    def __init__(self, rules=((23, 0.9), (445, 0.8), (3389, 0.7), (21, 0.4)), default_risk=0.05):
        super().__init__()
        self.rules = rules
        self.default_risk = default_risk

    def construct(self, dst_ports, model_scores):
        rule_risk = ops.full(dst_ports.shape, self.default_risk, dtype=ms.float32)
        for port, risk in self.rules:
            hit = dst_ports == port
            rule_risk = ops.where(hit, ops.full_like(rule_risk, risk), rule_risk)
        return ops.maximum(rule_risk, model_scores)


def make():
    np.random.seed(17)
    ports = Tensor(np.array([80, 23, 443, 3389, 22, 445, 21], dtype=np.int32))
    scores = Tensor(np.random.rand(7).astype(np.float32))
    return RuleBasedPortRisk(), (ports, scores)
